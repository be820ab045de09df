using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;

namespace Robot.Bench;

/// <summary>
/// The lean UI floor's Server side: the robot's clicks on the same pages with nothing else. Log in and confirm
/// Administrator Access once, open Incoming Mail Connections; on each list page, for the rows this page's share holds:
/// More actions, Edit, wait for the panel to show the row's name, read its fields in one call, Cancel. No checks, no
/// evidence, no retries. The words come from selectors/server.json.
/// </summary>
internal sealed class LeanServerReader(SiteSelectors selectors, SandboxUrls urls, float timeoutMs)
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "login.username", "login.password", "login.submit", "websudo.heading", "websudo.password", "websudo.confirm",
        "admin.connectionsLink", "list.heading", "list.row", "list.actionsButton", "list.editItem", "list.nextPage",
        "editPanel.dialog", "editPanel.name", "editPanel.close",
    ];

    public static readonly IReadOnlyList<string> Paths = ["admin.path"];

    public static SiteSelectors Load(string selectorsFolder) => new(SelectorCatalog.LoadServer(selectorsFolder), Keys, Paths);

    /// <summary>Logs in on <paramref name="page"/> and opens the list; returns the list's address for the other pages.</summary>
    public async Task<string> LogInAsync(IPage page)
    {
        var scope = LocatorScope.Of(page);
        await page.GotoAsync(new Uri(new Uri(urls.Server), selectors.Path("admin.path")).ToString()).ConfigureAwait(false);
        await selectors.Find(scope, "login.username").FillAsync(urls.ServerLogin.User).ConfigureAwait(false);
        await selectors.Find(scope, "login.password").FillAsync(urls.ServerLogin.Password).ConfigureAwait(false);
        await selectors.Find(scope, "login.submit").ClickAsync().ConfigureAwait(false);
        await selectors.Find(scope, "websudo.heading").WaitForAsync().ConfigureAwait(false);
        await selectors.Find(scope, "websudo.password").FillAsync(urls.ServerLogin.Password).ConfigureAwait(false);
        await selectors.Find(scope, "websudo.confirm").ClickAsync().ConfigureAwait(false);
        await selectors.Find(scope, "admin.connectionsLink").ClickAsync().ConfigureAwait(false);
        await selectors.Find(scope, "list.heading").WaitForAsync().ConfigureAwait(false);
        return page.Url;
    }

    /// <summary>Reads every row whose place in the whole list, counted from 0, is <paramref name="share"/> modulo <paramref name="shares"/>.</summary>
    public async Task<int> ReadShareAsync(IPage page, string listUrl, int share, int shares)
    {
        var scope = LocatorScope.Of(page);
        if (page.Url != listUrl) await page.GotoAsync(listUrl).ConfigureAwait(false);
        var read = 0;
        var before = 0;
        while (true)
        {
            var rows = selectors.Find(scope, "list.row").Filter(new LocatorFilterOptions { Has = selectors.Find(scope, "list.actionsButton") });
            await rows.First.WaitForAsync().ConfigureAwait(false);
            var names = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => (r.cells[0]?.textContent ?? '').trim())").ConfigureAwait(false);
            for (var index = 0; index < names.Length; index++)
            {
                if ((before + index) % shares != share) continue;
                await ReadRowAsync(scope, rows.Nth(index), names[index]).ConfigureAwait(false);
                read++;
            }
            before += names.Length;
            var next = selectors.Find(scope, "list.nextPage");
            if (await next.CountAsync().ConfigureAwait(false) == 0 || await next.First.GetAttributeAsync("aria-disabled").ConfigureAwait(false) == "true")
                return read;
            var url = page.Url;
            await next.First.ClickAsync().ConfigureAwait(false);
            // Polls the address only: WaitForURLAsync also waits for a load state, which it missed once under load.
            await Assertions.Expect(page).Not.ToHaveURLAsync(url, new PageAssertionsToHaveURLOptions { Timeout = timeoutMs }).ConfigureAwait(false);
        }
    }

    private async Task ReadRowAsync(LocatorScope scope, ILocator row, string name)
    {
        await selectors.Find(LocatorScope.Of(row), "list.actionsButton").ClickAsync().ConfigureAwait(false);
        await selectors.Find(scope, "list.editItem").ClickAsync().ConfigureAwait(false);
        var dialog = selectors.Find(scope, "editPanel.dialog");
        var inside = LocatorScope.Of(dialog);
        // The panel fills from a request after it opens: its Name is the row's once it has.
        await Assertions.Expect(selectors.Find(inside, "editPanel.name"))
            .ToHaveValueAsync(name, new LocatorAssertionsToHaveValueOptions { Timeout = timeoutMs }).ConfigureAwait(false);
        await dialog.EvaluateAsync<string[]>("d => [...d.querySelectorAll('input, select, textarea')].map(e => e.value)").ConfigureAwait(false);
        await selectors.Find(inside, "editPanel.close").ClickAsync().ConfigureAwait(false);
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden }).ConfigureAwait(false);
    }
}
