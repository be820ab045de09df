using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Adapters.Evidence;

namespace Robot.Adapters.Probe;

/// <summary>A key the walk cannot go on without matched nothing (or a login was refused): the rest of the site is not reached.</summary>
internal sealed class ProbeStoppedException(string step, string reason) : Exception($"{step}: {reason}")
{
    public string Step { get; } = step;

    public string Reason { get; } = reason;
}

/// <summary>
/// What the walks of both sites share: checking a key where the robot looks for it, counting the elements it matches
/// that a person can see, recording the result in the site's <see cref="ProbeSheet"/> and, when it is wrong, a
/// screenshot of the page (password fields masked).
/// </summary>
internal abstract class SiteWalk(ProbeWalkOptions options, SiteSelectors selectors, ProbeSheet sheet) : IAsyncDisposable
{
    private const string CountShown = "els => els.filter(e => e.checkVisibility ? e.checkVisibility() : e.offsetParent !== null).length";

    public ProbeWalkOptions Options => options;

    public SiteSelectors Selectors => selectors;

    public ProbeSheet Sheet => sheet;

    private IBrowserContext? context;
    private IPage? page;

    public IPage Page => page ?? throw new InvalidOperationException($"the {sheet.Site} page is not open");

    /// <summary>A browser context of the walk's own: the probe logs in as a migration's first page would.</summary>
    protected async Task OpenPageAsync()
    {
        context = await BrowserLauncher.NewContextAsync(options.Browser, options.Settings).ConfigureAwait(false);
        page = await context.NewPageAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await BrowserLauncher.CloseQuietlyAsync(context).ConfigureAwait(false);

    /// <summary>Walks the site's pages, checking every key on the way; a key it cannot go on without ends it (<see cref="ProbeStoppedException"/>).</summary>
    public abstract Task WalkAsync();

    /// <summary>Password fields of this site, masked in every screenshot.</summary>
    protected abstract IEnumerable<ILocator> Secrets();

    public string Step { get; private set; } = "starting";

    public void Begin(string step)
    {
        Step = step;
        options.Log?.Invoke($"probe {sheet.Site}: {step}");
    }

    /// <summary>
    /// Looks for <paramref name="key"/> in <paramref name="scope"/> (waiting up to the timeout for it to show unless
    /// <paramref name="wait"/> is false) and records what it matched. <paramref name="many"/>: a key that names one of
    /// several alike (a row) is found when it matches at least one. Returns the key's locator when it matched a shown element.
    /// </summary>
    public async Task<ILocator?> CheckAsync(LocatorScope scope, string key, bool many = false, string? name = null, string? value = null,
        bool wait = true)
    {
        if (!sheet.Has(key) || !selectors.Has(key)) return null;
        var locator = selectors.Find(scope, key, name, value);
        if (wait) await PageGuard.ShowsWithinAsync(locator.First, options.Wait).ConfigureAwait(false);
        var shown = await locator.EvaluateAllAsync<int>(CountShown).ConfigureAwait(false);
        if (shown == 1 || (many && shown > 1))
        {
            sheet.Record(key, KeyResult.Found, shown > 1 ? $"{shown} elements" : "");
            return locator;
        }
        if (shown > 1)
        {
            sheet.Record(key, KeyResult.Ambiguous, $"matches {shown} elements in {Step}", await ShotAsync(key).ConfigureAwait(false));
            return locator;
        }
        var hidden = await locator.CountAsync().ConfigureAwait(false);
        sheet.Record(key, KeyResult.NotFound,
            (hidden > 0 ? $"matches only {hidden} hidden element(s)" : "matches nothing") + $" in {Step}", await ShotAsync(key).ConfigureAwait(false));
        return null;
    }

    /// <summary>As <see cref="CheckAsync"/>, for a key the walk cannot go on without.</summary>
    public async Task<ILocator> RequireAsync(LocatorScope scope, string key, string? name = null)
    {
        var found = await CheckAsync(scope, key, name: name).ConfigureAwait(false);
        return found ?? throw new ProbeStoppedException(Step, $"{sheet.File}: '{key}' matches nothing");
    }

    /// <summary>Records a key as shown or not without waiting, when whether it shows depends on the data (a field of one kind).</summary>
    public async Task<bool> ShownNowAsync(LocatorScope scope, string key)
    {
        if (!selectors.Has(key)) return false;
        return await selectors.Find(scope, key).EvaluateAllAsync<int>(CountShown).ConfigureAwait(false) > 0;
    }

    public async Task<string> ShotAsync(string key)
    {
        var path = Path.Combine(options.ScreenshotFolder, $"{sheet.Site.ToLowerInvariant()}-{SafeFolderName.Of(key)}.png");
        try
        {
            Directory.CreateDirectory(options.ScreenshotFolder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Mask = Secrets().ToList() }).ConfigureAwait(false);
            return path;
        }
        catch (PlaywrightException)
        {
            return "";
        }
    }
}
