using Robot.Domain;

namespace Robot.Adapters.Configuration;

/// <summary>
/// The robot's settings: robot.settings.json, then ROBOT_ environment variables (ROBOT_Server__Password), then
/// command-line overrides. Passwords come from the environment only. Load with <see cref="RobotSettingsLoader"/>.
/// </summary>
public sealed class RobotSettings
{
    public const string FileName = "robot.settings.json";

    public ServerSiteSettings Server { get; set; } = new();

    public CloudSiteSettings Cloud { get; set; } = new();

    /// <summary>Folder for inventory.csv, plan.csv, results.csv and evidence; relative to the settings file's folder.</summary>
    public string Output { get; set; } = "out";

    public int Workers { get; set; } = 1;

    public RetrySettings Retry { get; set; } = new();

    public bool SaveOnTestFailure { get; set; }

    public bool UpdateExisting { get; set; }

    /// <summary>--enable: after Save, enable each connection whose Test Connection passed (the Cloud creates them disabled).</summary>
    public bool EnableTested { get; set; }

    /// <summary>Timeout given to a connection whose Server Timeout is blank.</summary>
    public int DefaultTimeoutMs { get; set; } = 10000;

    /// <summary>Connection name → GMail or Microsoft365, for OAuth connections whose type cannot be told from their data.</summary>
    public Dictionary<string, string> OAuthAccountTypes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public ValueMapSettings ValueMaps { get; set; } = new();

    /// <summary>Units a field is written in on each site, where they differ (Timeout: ms on the Server, s on some Clouds).</summary>
    public UnitSettings Units { get; set; } = new();

    /// <summary>A JSON file (connection name → password) for passwords the Server withholds; keep it outside the repository.</summary>
    public string? SecretsFile { get; set; }

    /// <summary>Preflight logins, the final test email and the mail servers' certificates.</summary>
    public MailCheckSettings MailCheck { get; set; } = new();

    /// <summary>The settings file these settings were read from.</summary>
    public string SourceFile { get; internal set; } = "";

    public string OutputFolder => ResolvePath(Output);

    public string? SecretsFilePath => string.IsNullOrWhiteSpace(SecretsFile) ? null : ResolvePath(SecretsFile);

    public MappingRules ToMappingRules() => new()
    {
        EncryptionMap = ValueMaps.Encryption.Count > 0 ? ValueMaps.Encryption : MappingRules.DefaultEncryptionMap,
        ServiceProviders = ValueMaps.ServiceProviders.ToNames(),
        DefaultTimeoutMs = DefaultTimeoutMs,
        TimeoutUnits = Units.Timeout.ToTimeoutUnits(),
        OAuthAccountTypeOverrides = OAuthAccountTypes.ToDictionary(
            pair => pair.Key,
            pair => Enum.Parse<OAuthAccountType>(pair.Value, ignoreCase: true),
            StringComparer.OrdinalIgnoreCase),
    };

    private string ResolvePath(string path) =>
        Path.IsPathRooted(path) || SourceFile.Length == 0
            ? path
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SourceFile)!, path));
}

public sealed class ServerSiteSettings
{
    public string BaseUrl { get; set; } = "";

    public string Username { get; set; } = "";

    /// <summary>From ROBOT_Server__Password only.</summary>
    public string? Password { get; set; }

    /// <summary>A session saved by `robot login --site server` to enter through instead of the password; relative to the settings file.</summary>
    public string? SessionFile { get; set; }
}

public sealed class CloudSiteSettings
{
    public string BaseUrl { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>From ROBOT_Cloud__Password only.</summary>
    public string? Password { get; set; }

    /// <summary>A session saved by `robot login --site cloud` to enter through instead of the password; relative to the settings file.</summary>
    public string? SessionFile { get; set; }
}

public sealed class RetrySettings
{
    /// <summary>How many times a system fault is retried.</summary>
    public int Count { get; set; } = 3;

    /// <summary>The first retry's delay; later ones double it.</summary>
    public int BaseDelayMs { get; set; } = 1000;

    /// <summary>
    /// Words (any case, any part) of a Cloud message that mean the machinery failed, not the data, so the write is
    /// tried again; any other refusal is the Cloud's answer to the data and is not retried. Empty: <see cref="DefaultFaultWords"/>.
    /// </summary>
    public List<string> FaultWords { get; set; } = [];

    public static readonly IReadOnlyList<string> DefaultFaultWords = ["HTTP 500", "HTTP 502", "HTTP 503", "HTTP 504"];

    /// <summary>The fault words in force: the configured ones, else the defaults (the binder would append to a filled list).</summary>
    public IReadOnlyList<string> FaultWordsInForce => FaultWords.Count > 0 ? FaultWords : DefaultFaultWords;
}

public sealed class ValueMapSettings
{
    /// <summary>Server Encryption wording → Cloud wording (case-insensitive). Empty means the built-in defaults.</summary>
    public Dictionary<string, string> Encryption { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public ServiceProviderSettings ServiceProviders { get; set; } = new();

    /// <summary>The Server's OAuth2 Service Provider words → the Cloud's (case-insensitive). Empty means the built-in defaults.</summary>
    public Dictionary<string, string> OAuth2Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The Cloud's display names of its Service Providers.</summary>
public sealed class ServiceProviderSettings
{
    private static readonly ServiceProviderNames Defaults = new();

    public string Imap { get; set; } = Defaults.Imap;

    public string Pop3 { get; set; } = Defaults.Pop3;

    public string GMailOAuth2 { get; set; } = Defaults.GMailOAuth2;

    public string Microsoft365OAuth2 { get; set; } = Defaults.Microsoft365OAuth2;

    public ServiceProviderNames ToNames() => new(Imap, Pop3, GMailOAuth2, Microsoft365OAuth2);
}

public sealed class UnitSettings
{
    public TimeoutUnitSettings Timeout { get; set; } = new();
}

/// <summary>The Timeout's unit on each site ("ms" or "s") and how a value between whole Cloud units is rounded (Up, Down, Nearest, Exact).</summary>
public sealed class TimeoutUnitSettings
{
    public string Server { get; set; } = "ms";

    public string Cloud { get; set; } = "ms";

    public string Rounding { get; set; } = nameof(TimeRounding.Up);

    /// <summary>The parsed units; call after <see cref="RobotSettingsValidator"/> has checked them.</summary>
    public TimeoutUnits ToTimeoutUnits() =>
        TimeoutUnits.TryParseUnit(Server, out var server) && TimeoutUnits.TryParseUnit(Cloud, out var cloud)
        && Enum.TryParse<TimeRounding>(Rounding, ignoreCase: true, out var rounding)
            ? new TimeoutUnits(server, cloud, rounding)
            : TimeoutUnits.Default;
}
