namespace Robot.Adapters.Configuration;

/// <summary>How the browser is started: playwright.config.json, keys at the top level. Load with <see cref="PlaywrightSettingsLoader"/>.</summary>
public sealed class PlaywrightSettings
{
    public const string FileName = "playwright.config.json";

    public static IReadOnlyList<string> DefaultArgs { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>The machine's Chromium; nothing downloads a browser.</summary>
    public string ExecutablePath { get; set; } = "/usr/bin/chromium";

    public bool Headless { get; set; } = true;

    /// <summary>
    /// The browser for headless runs: Debian's chromium-headless-shell starts faster and migrates faster than the full
    /// browser without a window. Blank, or not installed, falls back to <see cref="ExecutablePath"/>.
    /// </summary>
    public string? HeadlessExecutablePath { get; set; } = "/usr/bin/chromium-headless-shell";

    /// <summary>The program a launch starts: the headless shell for headless runs when it is installed, else <see cref="ExecutablePath"/>.</summary>
    public string LaunchPath(Func<string, bool>? exists = null) =>
        Headless && HeadlessExecutablePath is { Length: > 0 } shell && (exists ?? File.Exists)(shell) ? shell : ExecutablePath;

    public int SlowMoMs { get; set; }

    /// <summary>Default wait for an element or action.</summary>
    public int TimeoutMs { get; set; } = 10000;

    public int NavigationTimeoutMs { get; set; } = 30000;

    /// <summary>
    /// How long a panel's values must stay unchanged before they are read: a panel filled field by field (or first with
    /// the previous row's answer) is still changing. Longer than the gap between two fields filling; well under TimeoutMs.
    /// </summary>
    public int PanelSettleMs { get; set; } = 250;

    public ViewportSettings Viewport { get; set; } = new();

    /// <summary>Chromium command-line switches; <see cref="DefaultArgs"/> when the file names none.</summary>
    public List<string> Args { get; set; } = [];

    /// <summary>Connect to an already running browser instead of starting one.</summary>
    public string? WsEndpoint { get; set; }
}

public sealed class ViewportSettings
{
    public int Width { get; set; } = 1280;

    public int Height { get; set; } = 800;
}
