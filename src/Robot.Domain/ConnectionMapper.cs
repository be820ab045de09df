using System.Globalization;

namespace Robot.Domain;

/// <summary>Applies the guide's field mapping to one Server connection.</summary>
public sealed class ConnectionMapper
{
    private readonly MappingRules rules;
    private readonly Dictionary<string, string> encryptionMap = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, OAuthAccountType> accountTypeOverrides = new(StringComparer.OrdinalIgnoreCase);

    public ConnectionMapper(MappingRules rules)
    {
        this.rules = rules;
        foreach (var (server, cloud) in rules.EncryptionMap) encryptionMap[server.Trim()] = cloud;
        foreach (var (name, type) in rules.OAuthAccountTypeOverrides) accountTypeOverrides[name.Trim()] = type;
    }

    public MappingRules Rules => rules;

    public MappingResult Map(ServerConnection server)
    {
        if (string.IsNullOrWhiteSpace(server.Name))
            return new MappingResult.Invalid("Name", server.Name, "is blank");

        var protocol = ProtocolParts.Of(server.Protocol);
        if (!protocol.IsOAuth && protocol.Transport is null)
            return new MappingResult.Invalid("Protocol", server.Protocol, "contains neither IMAP, POP3 nor OAuth");
        var kind = KindOf(server, protocol);
        if (kind.Invalid is not null) return kind.Invalid;
        var encryption = CloudEncryptionOf(server, protocol);
        if (encryption.Invalid is not null) return encryption.Invalid;

        var host = server.Host.Trim();
        if (host.Length == 0 && !protocol.IsOAuth)
            return new MappingResult.Invalid("Host", server.Host, "is blank");

        // The Cloud requires a Username for every provider; saying so here beats a refused Test Connection.
        if (string.IsNullOrWhiteSpace(server.Username))
            return new MappingResult.Invalid("Username", server.Username, "is blank");

        if (!TryPort(server.Port, protocol.Transport, server.Encryption.Trim(), out var port))
            return new MappingResult.Invalid("Port", server.Port, "is not a whole number from 1 to 65535 (blank or 0 means the default)");

        var timeout = CloudTimeoutOf(server);
        if (timeout.Invalid is not null) return timeout.Invalid;

        var cloud = new CloudConnection(
            Name: server.Name,
            Description: server.Description,
            ServiceProvider: rules.ServiceProviders.For(kind.Value),
            Encryption: encryption.Value,
            Host: host,
            Port: port,
            Username: server.Username,
            Password: protocol.IsOAuth ? null : server.Password,
            Timeout: timeout.Value,
            OAuth2Credentials: protocol.IsOAuth ? server.OAuthCredentials.Trim() : null)
        {
            TimeoutUnitMs = (int)rules.TimeoutUnits.Cloud,
            Others = server.Others,
        };
        return new MappingResult.Mapped(cloud, kind.Value);
    }

    /// <summary>A value read from one Server field, or why that field cannot be mapped.</summary>
    private readonly record struct Checked<T>(T Value, MappingResult.Invalid? Invalid)
    {
        public static implicit operator Checked<T>(T value) => new(value, null);

        public static implicit operator Checked<T>(MappingResult.Invalid invalid) => new(default!, invalid);
    }

    private Checked<ServiceKind> KindOf(ServerConnection server, ProtocolParts protocol)
    {
        if (!protocol.IsOAuth) return protocol.Transport!.Value;
        if (string.IsNullOrWhiteSpace(server.OAuthCredentials))
            return new MappingResult.Invalid("OAuthCredentials", server.OAuthCredentials,
                "is blank; an OAuth connection needs the name of its OAuth2 credentials");
        var accountType = AccountTypeOf(server);
        if (accountType is null)
            return new MappingResult.Invalid("OAuthCredentials", server.OAuthCredentials,
                $"cannot tell a GMail from a Microsoft365 account by it or by the host; set OAuthAccountTypes:{server.Name} in the settings");
        return accountType.Value.ToServiceKind();
    }

    private Checked<string> CloudEncryptionOf(ServerConnection server, ProtocolParts protocol)
    {
        var encryption = server.Encryption.Trim();
        if (encryption.Length == 0)
            return protocol.IsOAuth ? "" : new MappingResult.Invalid("Encryption", server.Encryption, "is blank");
        if (!encryptionMap.TryGetValue(encryption, out var cloudEncryption))
            return new MappingResult.Invalid("Encryption", server.Encryption,
                $"has no Cloud wording in the Encryption value map (known: {string.Join(", ", encryptionMap.Keys)})");
        return cloudEncryption;
    }

    private Checked<int> CloudTimeoutOf(ServerConnection server)
    {
        var units = rules.TimeoutUnits;
        if (!TryTimeoutMs(server.Timeout, out var timeoutMs))
            return new MappingResult.Invalid("Timeout", server.Timeout,
                $"is not a whole number of {(units.Server == TimeUnit.Seconds ? "seconds" : "milliseconds")} from " +
                $"{MappingRules.MinTimeoutMs} to {MappingRules.MaxTimeoutMs} ms");
        if (!units.TryConvert(timeoutMs, out var cloudTimeout, out var unrepresentable))
            return new MappingResult.Invalid("Timeout", server.Timeout.Trim().Length == 0 ? $"{timeoutMs} (DefaultTimeoutMs)" : server.Timeout,
                unrepresentable);
        return cloudTimeout;
    }

    private OAuthAccountType? AccountTypeOf(ServerConnection server) =>
        accountTypeOverrides.TryGetValue(server.Name.Trim(), out var type)
            ? type
            : AccountTypeDetector.Detect(server.OAuthCredentials) ?? AccountTypeDetector.Detect(server.Host);

    private static bool TryPort(string raw, ServiceKind? transport, string encryption, out int? port)
    {
        var text = raw.Trim();
        port = null;
        if (text.Length == 0 || IsZero(text))
        {
            if (transport is not null) port = DefaultPorts.For(transport == ServiceKind.Pop3, encryption);
            return true;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 65535)
            return false;
        port = value;
        return true;
    }

    private static bool IsZero(string text) => text.All(c => c == '0');

    /// <summary>The Server's Timeout in milliseconds (its unit per the rules; blank gives the default).</summary>
    private bool TryTimeoutMs(string raw, out long milliseconds)
    {
        var text = raw.Trim();
        milliseconds = rules.DefaultTimeoutMs;
        if (text.Length == 0) return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return false;
        milliseconds = rules.TimeoutUnits.ServerMilliseconds(value);
        return milliseconds is >= MappingRules.MinTimeoutMs and <= MappingRules.MaxTimeoutMs;
    }

    /// <summary>The two things a Server Protocol value says. OAuth is checked on its own since "IMAP with OAuth" contains IMAP too.</summary>
    private readonly record struct ProtocolParts(bool IsOAuth, ServiceKind? Transport)
    {
        public static ProtocolParts Of(string protocol)
        {
            var isOAuth = protocol.Contains("OAuth", StringComparison.OrdinalIgnoreCase);
            ServiceKind? transport =
                protocol.Contains("IMAP", StringComparison.OrdinalIgnoreCase) ? ServiceKind.Imap
                : protocol.Contains("POP3", StringComparison.OrdinalIgnoreCase) ? ServiceKind.Pop3
                : null;
            return new ProtocolParts(isOAuth, transport);
        }
    }
}
