namespace Robot.Domain;

/// <summary>The configurable parts of the Server → Cloud mapping.</summary>
public sealed record MappingRules
{
    public const int MinTimeoutMs = 1;
    public const int MaxTimeoutMs = 60000;

    /// <summary>Server Encryption wording → Cloud Encryption wording; looked up case-insensitively.</summary>
    public required IReadOnlyDictionary<string, string> EncryptionMap { get; init; }

    public ServiceProviderNames ServiceProviders { get; init; } = new();

    /// <summary>Timeout used when the Server shows none.</summary>
    public int DefaultTimeoutMs { get; init; } = 10000;

    /// <summary>The Timeout's unit on each site and how it is rounded between them.</summary>
    public TimeoutUnits TimeoutUnits { get; init; } = TimeoutUnits.Default;

    /// <summary>Connection name → account type, for OAuth connections whose type cannot be told from their data.</summary>
    public IReadOnlyDictionary<string, OAuthAccountType> OAuthAccountTypeOverrides { get; init; } =
        new Dictionary<string, OAuthAccountType>();

    public static IReadOnlyDictionary<string, string> DefaultEncryptionMap { get; } = new Dictionary<string, string>
    {
        ["No Encryption"] = "None",
        ["SSL/TLS"] = "SSL/TLS",
        ["STARTTLS"] = "STARTTLS",
    };

    public static MappingRules Default { get; } = new() { EncryptionMap = DefaultEncryptionMap };
}
