using Microsoft.Extensions.Configuration;

namespace Robot.Adapters.Configuration;

/// <summary>Reads <see cref="PlaywrightSettings"/> and refuses anything wrong with a <see cref="ConfigurationException"/>.</summary>
public static class PlaywrightSettingsLoader
{
    /// <param name="path">playwright.config.json.</param>
    /// <param name="overrides">Command-line values by key, e.g. ("Headless", "false") or ("SlowMoMs", "500").</param>
    public static PlaywrightSettings Load(string path, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        path = Path.GetFullPath(path);
        JsonFileErrors.RequireFile(path);
        IConfigurationRoot configuration;
        try
        {
            configuration = new ConfigurationBuilder()
                .AddJsonFile(path, optional: false, reloadOnChange: false)
                .AddInMemoryCollection(overrides ?? [])
                .Build();
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            throw new ConfigurationException(path, null, JsonFileErrors.Describe(error), error);
        }

        var unknown = UnknownKeys.Find(configuration, typeof(PlaywrightSettings));
        if (unknown.Count > 0)
            throw new ConfigurationException(path, string.Join(", ", unknown), "is not a Playwright setting the robot knows (check the spelling)");

        var settings = new PlaywrightSettings();
        try
        {
            configuration.Bind(settings);
        }
        catch (InvalidOperationException error)
        {
            throw new ConfigurationException(path, null, "has a value of the wrong type: " + error.Message, error);
        }
        if (settings.Args.Count == 0) settings.Args = [.. PlaywrightSettings.DefaultArgs];
        Validate(settings, path);
        return settings;
    }

    private static void Validate(PlaywrightSettings settings, string path)
    {
        void Fail(string key, string reason) => throw new ConfigurationException(path, key, reason);

        if (string.IsNullOrWhiteSpace(settings.ExecutablePath) && string.IsNullOrWhiteSpace(settings.WsEndpoint))
            Fail("ExecutablePath", "is blank (and no WsEndpoint is given)");
        if (settings.SlowMoMs is < 0 or > 60_000) Fail("SlowMoMs", $"must be 0-60000, not {settings.SlowMoMs}");
        if (settings.TimeoutMs is < 1 or > 600_000) Fail("TimeoutMs", $"must be 1-600000, not {settings.TimeoutMs}");
        if (settings.PanelSettleMs < 0 || settings.PanelSettleMs >= settings.TimeoutMs)
            Fail("PanelSettleMs", $"must be 0 or more and less than TimeoutMs ({settings.TimeoutMs}), not {settings.PanelSettleMs}");
        if (settings.NavigationTimeoutMs is < 1 or > 600_000)
            Fail("NavigationTimeoutMs", $"must be 1-600000, not {settings.NavigationTimeoutMs}");
        if (settings.Viewport.Width is < 200 or > 10_000) Fail("Viewport:Width", $"must be 200-10000, not {settings.Viewport.Width}");
        if (settings.Viewport.Height is < 200 or > 10_000) Fail("Viewport:Height", $"must be 200-10000, not {settings.Viewport.Height}");
        if (settings.WsEndpoint is { Length: > 0 } endpoint
            && (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("ws" or "wss" or "http" or "https")))
            Fail("WsEndpoint", $"must be a ws:// or http:// URL, not '{endpoint}'");
    }
}
