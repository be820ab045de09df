using Microsoft.Extensions.Configuration;
using Robot.Domain;

namespace Robot.Adapters.Configuration;

/// <summary>Range and format checks on bound settings, naming the key that is wrong.</summary>
internal static class RobotSettingsValidator
{
    public const int MaxWorkers = 32;
    public const int MaxRetries = 20;
    public const int MaxRetryDelayMs = 600_000;

    public static void Validate(RobotSettings settings, IConfiguration configuration, string path)
    {
        void Fail(string key, string reason) => throw new ConfigurationException(path, key, reason);

        // The binder skips empty strings, so a blank that must not be blank is caught on the raw values.
        foreach (var key in BlankKeys(configuration)) Fail(key, "is blank");

        RequireUrl(settings.Server.BaseUrl, "Server:BaseUrl", Fail);
        RequireUrl(settings.Cloud.BaseUrl, "Cloud:BaseUrl", Fail);
        if (string.IsNullOrWhiteSpace(settings.Output)) Fail("Output", "is blank");
        if (settings.Workers is < 1 or > MaxWorkers) Fail("Workers", $"must be 1-{MaxWorkers}, not {settings.Workers}");
        if (settings.Retry.Count is < 0 or > MaxRetries) Fail("Retry:Count", $"must be 0-{MaxRetries}, not {settings.Retry.Count}");
        if (settings.Retry.BaseDelayMs is < 0 or > MaxRetryDelayMs)
            Fail("Retry:BaseDelayMs", $"must be 0-{MaxRetryDelayMs}, not {settings.Retry.BaseDelayMs}");
        if (settings.Retry.FaultWords.Any(string.IsNullOrWhiteSpace)) Fail("Retry:FaultWords", "holds a blank entry, which every message would match");
        if (settings.DefaultTimeoutMs is < MappingRules.MinTimeoutMs or > MappingRules.MaxTimeoutMs)
            Fail("DefaultTimeoutMs", $"must be {MappingRules.MinTimeoutMs}-{MappingRules.MaxTimeoutMs} ms, not {settings.DefaultTimeoutMs}");

        var units = settings.Units.Timeout;
        foreach (var (key, value) in new[] { ("Units:Timeout:Server", units.Server), ("Units:Timeout:Cloud", units.Cloud) })
        {
            if (!TimeoutUnits.TryParseUnit(value, out _)) Fail(key, $"must be ms or s, not '{value}'");
        }
        if (!Enum.TryParse<TimeRounding>(units.Rounding, ignoreCase: true, out _) || int.TryParse(units.Rounding, out _))
            Fail("Units:Timeout:Rounding", $"must be Up, Down, Nearest or Exact, not '{units.Rounding}'");

        foreach (var (name, type) in settings.OAuthAccountTypes)
        {
            if (!Enum.TryParse<OAuthAccountType>(type, ignoreCase: true, out _) || int.TryParse(type, out _))
                Fail($"OAuthAccountTypes:{name}", $"must be GMail or Microsoft365, not '{type}'");
        }
        foreach (var (server, cloud) in settings.ValueMaps.Encryption)
        {
            if (string.IsNullOrWhiteSpace(cloud)) Fail($"ValueMaps:Encryption:{server}", "has no Cloud wording");
        }
        var providers = settings.ValueMaps.ServiceProviders;
        foreach (var (key, value) in new[]
                 {
                     ("Imap", providers.Imap), ("Pop3", providers.Pop3),
                     ("GMailOAuth2", providers.GMailOAuth2), ("Microsoft365OAuth2", providers.Microsoft365OAuth2),
                 })
        {
            if (string.IsNullOrWhiteSpace(value)) Fail($"ValueMaps:ServiceProviders:{key}", "is blank");
        }
    }

    private static IEnumerable<string> BlankKeys(IConfiguration configuration)
    {
        IEnumerable<IConfigurationSection> mustNotBeBlank =
        [
            configuration.GetSection("Output"),
            .. configuration.GetSection("ValueMaps:Encryption").GetChildren(),
            .. configuration.GetSection("ValueMaps:ServiceProviders").GetChildren(),
            .. configuration.GetSection("Units:Timeout").GetChildren(),
        ];
        return mustNotBeBlank
            .Where(section => section.Value is not null && string.IsNullOrWhiteSpace(section.Value))
            .Select(section => section.Path);
    }

    private static void RequireUrl(string value, string key, Action<string, string> fail)
    {
        if (value.Length == 0) return;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            fail(key, $"must be an absolute http(s) URL, not '{value}'");
    }
}
