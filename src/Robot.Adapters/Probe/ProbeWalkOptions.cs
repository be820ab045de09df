using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;

namespace Robot.Adapters.Probe;

/// <summary>What both sites' walks are given: the browser and its settings, how long a key may take to show, where screenshots go.</summary>
public sealed record ProbeWalkOptions(Microsoft.Playwright.IBrowser Browser, PlaywrightSettings Settings, string ScreenshotFolder, Action<string>? Log)
{
    public TimeSpan Wait => TimeSpan.FromMilliseconds(Settings.TimeoutMs);

    public TimeSpan PanelSettle => TimeSpan.FromMilliseconds(Settings.PanelSettleMs);
}

/// <summary>One site as the probe sees it: its selector file (every key, parsed), its login and its kinds to walk.</summary>
public sealed record ProbeSite(SelectorCatalog Catalog, SiteLogin Login)
{
    /// <summary>Every key of the file that holds a selector (the others, *.path, hold URL paths), parsed: a malformed one is refused here.</summary>
    internal SiteSelectors Selectors() =>
        new(Catalog, [], Catalog.Entries.Keys.Where(IsPath).ToList(), Catalog.Entries.Keys.Where(key => !IsPath(key)).ToList());

    internal static bool IsPath(string key) => key.EndsWith(".path", StringComparison.Ordinal);
}
