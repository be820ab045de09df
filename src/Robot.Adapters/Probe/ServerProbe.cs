using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Domain;

namespace Robot.Adapters.Probe;

/// <summary>
/// The Server walk: login (and Administrator Access when asked), the admin page's sidebar, the connection list's first
/// page, a row's menu, Edit panels read to the end and closed with Cancel (one per kind of connection, from the first
/// two list pages), the next list page, then each kind's own pages. Nothing is saved.
/// </summary>
internal sealed class ServerProbe(ProbeWalkOptions options, ProbeSite site, IReadOnlyList<ProbeKind> kinds, ServerPanelProbe panels)
    : SiteWalk(options, site.Selectors(), new ProbeSheet("Server", site.Catalog))
{
    private static readonly string[] SecretKeys = ["login.password", "websudo.password", "editPanel.password"];

    protected override IEnumerable<ILocator> Secrets() => SecretKeys.Where(Selectors.Has).Select(key => Selectors.Find(Scope, key));

    /// <summary>The first connection read fully (a password one when there is one), to show what it would become on Cloud.</summary>
    public ServerConnection? Sample => panels.Sample;

    public override async Task WalkAsync()
    {
        await OpenPageAsync().ConfigureAwait(false);
        Sheet.Unchecked("login.path", "the site leads the robot to its login page; not visited on its own");
        Sheet.Unchecked("list.emptyText", "shows only on an empty list");
        Sheet.Unchecked("editPanel.loading", "shows only while an Edit panel loads");
        await new ServerLoginProbe(this).LogInAsync().ConfigureAwait(false);
        await AdminPageAsync().ConfigureAwait(false);
        var rowNames = await ListPageAsync().ConfigureAwait(false);
        var hasNext = await ShownNowAsync(Scope, "list.nextPage").ConfigureAwait(false);
        await panels.ReadKindsAsync(this, rowNames, lastPage: !hasNext).ConfigureAwait(false);
        if (await NextPageAsync().ConfigureAwait(false) && panels.WantsMore)
            await panels.ReadKindsAsync(this, await RowNamesAsync().ConfigureAwait(false), lastPage: true).ConfigureAwait(false);
        panels.ReportUnread(this);
        foreach (var kind in kinds) await kind.ServerStepsAsync(this).ConfigureAwait(false);
    }

    public LocatorScope Scope => LocatorScope.Of(Page);

    public SiteLogin Login => site.Login;

    private async Task AdminPageAsync()
    {
        Begin("the admin page's sidebar");
        await CheckAsync(Scope, "admin.sidebarSection").ConfigureAwait(false);
        await CheckAsync(Scope, "admin.oauthCredentialsLink").ConfigureAwait(false);
        var link = await RequireAsync(Scope, "admin.connectionsLink").ConfigureAwait(false);
        Begin("Incoming Mail Connections, first list page");
        await link.ClickAsync().ConfigureAwait(false);
        await RequireAsync(Scope, "list.heading").ConfigureAwait(false);
    }

    internal ILocator Rows() =>
        Selectors.Find(Scope, "list.row").Filter(new LocatorFilterOptions { Has = Selectors.Find(Scope, "list.actionsButton") });

    /// <summary>The first page's rows (those with a row menu), checked, and the names their first cells show.</summary>
    private async Task<IReadOnlyList<string>> ListPageAsync()
    {
        await CheckAsync(Scope, "list.row", many: true).ConfigureAwait(false);
        var names = await RowNamesAsync().ConfigureAwait(false);
        if (names.Count == 0)
        {
            await CheckAsync(Scope, "list.emptyText").ConfigureAwait(false);
            // An empty list, or rows whose menu button the selector misses: either way no row can be opened.
            await RequireAsync(LocatorScope.Of(Selectors.Find(Scope, "list.row").First), "list.actionsButton").ConfigureAwait(false);
            return names;
        }
        await CheckAsync(LocatorScope.Of(Rows().First), "list.actionsButton").ConfigureAwait(false);
        await CheckAsync(Scope, "list.nameCell", name: names[0]).ConfigureAwait(false);
        return names;
    }

    /// <summary>The names the rows with a row menu show in their first cells (waiting for a first such row).</summary>
    private async Task<IReadOnlyList<string>> RowNamesAsync()
    {
        await PageGuard.ShowsWithinAsync(Rows().First, Options.Wait).ConfigureAwait(false);
        return (await Rows().EvaluateAllAsync<string[]>(
                "rows => rows.map(r => r.cells ? (r.cells[0]?.textContent ?? '') : (r.querySelector('[role=cell], [role=gridcell]')?.textContent ?? ''))")
            .ConfigureAwait(false)).Select(NameText.Of).ToList();
    }

    /// <summary>Next, when the list shows one; whether the next page was opened.</summary>
    private async Task<bool> NextPageAsync()
    {
        Begin("the next list page");
        var next = Selectors.Find(Scope, "list.nextPage");
        if (!await ShownNowAsync(Scope, "list.nextPage").ConfigureAwait(false))
        {
            Sheet.Unchecked("list.nextPage", "no Next shows: the list has one page (or this selector misses it)");
            return false;
        }
        await CheckAsync(Scope, "list.nextPage", wait: false).ConfigureAwait(false);
        if (await next.First.GetAttributeAsync("aria-disabled").ConfigureAwait(false) == "true") return false;
        var before = Page.Url;
        await next.First.ClickAsync().ConfigureAwait(false);
        await Page.WaitForURLAsync(url => !string.Equals(url, before, StringComparison.Ordinal)).ConfigureAwait(false);
        await RequireAsync(Scope, "list.heading").ConfigureAwait(false);
        await CheckAsync(Scope, "list.row", many: true).ConfigureAwait(false);
        return true;
    }

    /// <summary>The Server's OAuth2 Credentials page, when server.json names what it shows (oauthList.heading); otherwise only its sidebar link is checked.</summary>
    internal async Task OAuthCredentialsPageAsync()
    {
        if (!Selectors.Has("oauthList.heading")) return;
        Begin("OAuth2 Credentials");
        await Page.GotoAsync(Login.Url(Selectors.Path("admin.path"))).ConfigureAwait(false);
        var link = await RequireAsync(Scope, "admin.oauthCredentialsLink").ConfigureAwait(false);
        await link.ClickAsync().ConfigureAwait(false);
        await RequireAsync(Scope, "oauthList.heading").ConfigureAwait(false);
        await CheckAsync(Scope, "oauthList.row", many: true).ConfigureAwait(false);
    }
}
