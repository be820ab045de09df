namespace Robot.Domain;

/// <summary>What a Cloud Service Provider is, whatever the Cloud calls it.</summary>
public enum ServiceKind
{
    Imap,
    Pop3,
    GMailOAuth2,
    Microsoft365OAuth2,
}

public static class ServiceKindExtensions
{
    public static bool IsOAuth(this ServiceKind kind) => kind is ServiceKind.GMailOAuth2 or ServiceKind.Microsoft365OAuth2;

    public static ServiceKind ToServiceKind(this OAuthAccountType type) =>
        type == OAuthAccountType.GMail ? ServiceKind.GMailOAuth2 : ServiceKind.Microsoft365OAuth2;
}
