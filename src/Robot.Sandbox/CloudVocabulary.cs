namespace Robot.Sandbox;

/// <summary>The Cloud app's own wording. The Server says "No Encryption" where the Cloud says "None".</summary>
public static class CloudVocabulary
{
    public const string Imap = "General IMAP4 service";
    public const string Pop3 = "General POP3 service";
    public const string Gmail = "GMail/GSuite with OAuth2";
    public const string Microsoft365 = "Microsoft365 with OAuth2";

    public static readonly IReadOnlyList<string> ServiceProviders = [Imap, Pop3, Gmail, Microsoft365];
    public static readonly IReadOnlyList<string> Encryptions = ["None", "SSL/TLS", "STARTTLS"];

    public static bool IsOAuth(string serviceProvider) => serviceProvider is Gmail or Microsoft365;

    public static string? NormalizeOAuthProvider(string? provider) => provider?.Trim().ToLowerInvariant() switch
    {
        "gmail" or "google" or "gsuite" or "gmail/gsuite with oauth2" => Gmail,
        "microsoft" or "microsoft365" or "office365" or "microsoft365 with oauth2" => Microsoft365,
        _ => null,
    };
}

/// <summary>The Server app's own wording.</summary>
public static class ServerVocabulary
{
    public static readonly IReadOnlyList<string> Protocols = ["IMAP", "POP3", "IMAP with OAuth Credentials", "POP3 with OAuth Credentials"];
    public static readonly IReadOnlyList<string> Encryptions = ["No Encryption", "SSL/TLS", "STARTTLS"];

    /// <summary>After download: the first is the default.</summary>
    public static readonly IReadOnlyList<string> AfterDownload = ["Mark as read", "Delete"];

    public static bool IsOAuth(string protocol) => protocol.Contains("OAuth", StringComparison.OrdinalIgnoreCase);
}
