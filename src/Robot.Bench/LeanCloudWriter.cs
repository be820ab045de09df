using System.Globalization;
using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;

namespace Robot.Bench;

/// <summary>
/// The lean UI floor's Cloud side: the robot's clicks and fills on the same pages with nothing else. Log in once, open
/// the app's Administration tab → Incoming Mail Connections; per connection: Add, the Service Provider, every field,
/// Test Connection until it says it succeeded, Save until the panel closes. No checks, no evidence, no retries. The
/// words come from selectors/cloud.json.
/// </summary>
internal sealed class LeanCloudWriter(SiteSelectors selectors, SandboxUrls urls, float timeoutMs)
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "login.email", "login.continue", "login.password", "login.submit", "app.frame", "app.administrationTab",
        "app.connectionsLink", "list.heading", "list.addButton", "panel.addDialog", "panel.name", "panel.description",
        "panel.serviceProvider", "panel.encryption", "panel.option", "panel.host", "panel.port", "panel.username",
        "panel.password", "panel.timeout", "panel.testButton", "panel.testSuccess", "panel.saveButton",
    ];

    public static readonly IReadOnlyList<string> Paths = ["app.path"];

    public static SiteSelectors Load(string selectorsFolder) => new(SelectorCatalog.LoadCloud(selectorsFolder), Keys, Paths);

    private string AppUrl => new Uri(new Uri(urls.Cloud), selectors.Path("app.path")).ToString();

    private LocatorScope App(IPage page) => LocatorScope.InsideFrame(selectors.Find(LocatorScope.Of(page), "app.frame"));

    /// <summary>Logs in on <paramref name="page"/> (the other pages of the context share its cookies).</summary>
    public async Task LogInAsync(IPage page)
    {
        var top = LocatorScope.Of(page);
        await page.GotoAsync(AppUrl).ConfigureAwait(false);
        await selectors.Find(top, "login.email").FillAsync(urls.CloudLogin.User).ConfigureAwait(false);
        await selectors.Find(top, "login.continue").ClickAsync().ConfigureAwait(false);
        await selectors.Find(top, "login.password").FillAsync(urls.CloudLogin.Password).ConfigureAwait(false);
        await selectors.Find(top, "login.submit").ClickAsync().ConfigureAwait(false);
    }

    public async Task OpenListAsync(IPage page)
    {
        if (!page.Url.StartsWith(AppUrl, StringComparison.Ordinal)) await page.GotoAsync(AppUrl).ConfigureAwait(false);
        var app = App(page);
        await selectors.Find(app, "app.administrationTab").ClickAsync().ConfigureAwait(false);
        await selectors.Find(app, "app.connectionsLink").ClickAsync().ConfigureAwait(false);
        await selectors.Find(app, "list.heading").WaitForAsync().ConfigureAwait(false);
    }

    public async Task WriteAsync(IPage page, BenchConnection c)
    {
        var app = App(page);
        await selectors.Find(app, "list.addButton").ClickAsync().ConfigureAwait(false);
        var dialog = selectors.Find(app, "panel.addDialog");
        var inside = LocatorScope.Of(dialog);
        await ChooseAsync(app, inside, "panel.serviceProvider", HttpFloor.ServiceProviderOf(c)).ConfigureAwait(false);
        await selectors.Find(inside, "panel.name").FillAsync(c.Name).ConfigureAwait(false);
        await selectors.Find(inside, "panel.description").FillAsync(c.Description).ConfigureAwait(false);
        await ChooseAsync(app, inside, "panel.encryption", HttpFloor.EncryptionOf(c)).ConfigureAwait(false);
        await selectors.Find(inside, "panel.host").FillAsync(urls.Mail.Host).ConfigureAwait(false);
        await selectors.Find(inside, "panel.port").FillAsync(urls.Mail.Port(c.PortToken).ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await selectors.Find(inside, "panel.username").FillAsync(c.Username).ConfigureAwait(false);
        await selectors.Find(inside, "panel.password").FillAsync(c.Password).ConfigureAwait(false);
        await selectors.Find(inside, "panel.timeout").FillAsync(c.TimeoutMs.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await selectors.Find(inside, "panel.testButton").ClickAsync().ConfigureAwait(false);
        // The mail server may take up to the connection's own timeout to answer.
        await selectors.Find(inside, "panel.testSuccess").WaitForAsync(new LocatorWaitForOptions { Timeout = timeoutMs + c.TimeoutMs + 5000 })
            .ConfigureAwait(false);
        await selectors.Find(inside, "panel.saveButton").ClickAsync().ConfigureAwait(false);
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden }).ConfigureAwait(false);
    }

    /// <summary>Opens the dropdown and clicks the option (only the open list's options are shown, so only they match).</summary>
    private async Task ChooseAsync(LocatorScope app, LocatorScope inside, string comboKey, string value)
    {
        await selectors.Find(inside, comboKey).ClickAsync().ConfigureAwait(false);
        await selectors.Find(app, "panel.option", value: value).ClickAsync().ConfigureAwait(false);
    }
}
