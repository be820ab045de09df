namespace Robot.Domain;

/// <summary>The kind of mail account behind an OAuth connection; it picks the Cloud's OAuth2 Service Provider.</summary>
public enum OAuthAccountType
{
    GMail,
    Microsoft365,
}
