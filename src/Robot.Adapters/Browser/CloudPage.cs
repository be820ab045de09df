using Microsoft.Playwright;
using Robot.Adapters.Configuration;
using Robot.Adapters.Evidence;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// What the parts of a <see cref="PlaywrightCloudSite"/> share: its browser page, selectors, where it is (on the list,
/// in need of a reload) and the step it is at; with the app's "session has expired" check every wait runs against.
/// </summary>
internal sealed class CloudPage(IBrowser browser, PlaywrightSettings settings, SiteSelectors selectors, SiteLogin login,
    CloudSiteOptions options, Action<string>? log)
{
    private readonly UntracedSecretInput secretInput = new();
    private IPage? page;

    public IBrowser Browser => browser;

    public PlaywrightSettings Settings => settings;

    public SiteSelectors Selectors => selectors;

    public SiteLogin Login => login;

    public CloudSiteOptions Options => options;

    public IBrowserContext? Context { get; private set; }

    public bool IsOpen => page is not null;

    public IPage Page => page ?? throw new InvalidOperationException("the Cloud page is not open");

    public LocatorScope Top => LocatorScope.Of(Page);

    /// <summary>Inside the app's iframe (another origin).</summary>
    public LocatorScope App => LocatorScope.InsideFrame(selectors.Find(Top, "app.frame"));

    public TimeSpan Timeout => TimeSpan.FromMilliseconds(settings.TimeoutMs);

    /// <summary>The connections list is on screen with no panel over it.</summary>
    public bool OnList { get; set; }

    /// <summary>The last Save's row was just found in the list, which is loaded with no panel over it: the next write starts from it.</summary>
    public bool ListConfirmed { get; set; }

    /// <summary>Something went wrong since the app was last loaded: the next call loads it afresh.</summary>
    public bool ReloadNeeded { get; set; } = true;

    public string LastStep { get; private set; } = "starting";

    public void Step(string text)
    {
        LastStep = text;
        log?.Invoke(text);
    }

    public async Task OpenPageAsync(string? storageState)
    {
        Context = await BrowserLauncher.NewContextAsync(browser, settings, storageState, blockHeavyResources: options.Evidence is null)
            .ConfigureAwait(false);
        page = await Context.NewPageAsync().ConfigureAwait(false);
    }

    /// <summary>Forget where the page is: the next call opens the app afresh.</summary>
    public void Lost()
    {
        OnList = false;
        ListConfirmed = false;
        ReloadNeeded = true;
    }

    /// <summary>A password typed so that no trace records it as a parameter; a plain fill when no trace is being kept.</summary>
    public Task FillSecretAsync(ILocator field, string value) =>
        options.Traces is null || Context is null ? field.FillAsync(value) : secretInput.FillAsync(Context, field, value);

    public Task<bool> ExpiredNowAsync() => PageGuard.ShownAsync(selectors.Find(App, "app.sessionExpired"));

    public SystemFaultException Expired()
    {
        Lost();
        return new SystemFaultException("the Cloud session has expired");
    }

    public bool SessionExpiredText(string text) => selectors["app.sessionExpired"].MatchesText(text);

    /// <summary>Whether the login page or the app's "session has expired" page shows (false when that cannot be told).</summary>
    public async Task<bool> SessionExpiredAsync()
    {
        if (page is null) return false;
        try
        {
            return await PageGuard.ShownAsync(selectors.Find(Top, "login.email")).ConfigureAwait(false)
                || await ExpiredNowAsync().ConfigureAwait(false);
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error))
        {
            return false;
        }
    }

    /// <summary>Whether a panel (Add or Edit) is open over the list.</summary>
    public Task<bool> PanelOpenAsync() =>
        PageGuard.ShownAsync(selectors.Find(App, "panel.addDialog").Or(selectors.Find(App, "panel.editDialog")));

    public async Task CloseAsync()
    {
        await BrowserLauncher.CloseQuietlyAsync(Context).ConfigureAwait(false);
        Context = null;
        page = null;
    }
}
