namespace Robot.Domain;

/// <summary>The Cloud's display names of its Service Providers (configurable, since app versions word them differently).</summary>
public sealed record ServiceProviderNames(
    string Imap = "General IMAP4 service",
    string Pop3 = "General POP3 service",
    string GMailOAuth2 = "GMail/GSuite with OAuth2",
    string Microsoft365OAuth2 = "Microsoft365 with OAuth2")
{
    public string For(ServiceKind kind) => kind switch
    {
        ServiceKind.Imap => Imap,
        ServiceKind.Pop3 => Pop3,
        ServiceKind.GMailOAuth2 => GMailOAuth2,
        ServiceKind.Microsoft365OAuth2 => Microsoft365OAuth2,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind whose display name equals <paramref name="displayName"/> (case-insensitive), if any.</summary>
    public ServiceKind? KindOf(string? displayName)
    {
        foreach (var kind in Enum.GetValues<ServiceKind>())
            if (string.Equals(For(kind), displayName?.Trim(), StringComparison.OrdinalIgnoreCase))
                return kind;
        return null;
    }
}
