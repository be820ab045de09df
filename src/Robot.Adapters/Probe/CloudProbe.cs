using Microsoft.Playwright;
using Robot.Adapters.Browser;

namespace Robot.Adapters.Probe;

/// <summary>
/// The Cloud walk: the two-step login, the app's frame and tabs, the connection list (a row's Edit panel opened and
/// cancelled), Add opened and cancelled without saving (each Service Provider chosen in turn, see
/// <see cref="CloudAddPanelProbe"/>), then each kind's own pages (the OAuth2 Credentials page). Nothing is saved.
/// </summary>
internal sealed class CloudProbe(ProbeWalkOptions options, ProbeSite site, IReadOnlyList<ProbeKind> kinds, CloudAddPanelProbe addPanel)
    : SiteWalk(options, site.Selectors(), new ProbeSheet("Cloud", site.Catalog))
{
    public LocatorScope Top => LocatorScope.Of(Page);

    /// <summary>Inside the app's iframe.</summary>
    public LocatorScope App => LocatorScope.InsideFrame(Selectors.Find(Top, "app.frame"));

    protected override IEnumerable<ILocator> Secrets() =>
        [Selectors.Find(Top, "login.password"), Selectors.Find(App, "panel.password")];

    public override async Task WalkAsync()
    {
        await OpenPageAsync().ConfigureAwait(false);
        Sheet.Unchecked("login.path", "used only to log in again after the session expired");
        Sheet.Unchecked("app.sessionExpired", "shows only when the session has expired");
        Sheet.Unchecked("list.loading", "shows only while a list loads");
        foreach (var key in Robot.Adapters.Browser.CloudRowState.Keys)
            Sheet.Unchecked(key, "a row shows one state, and Enable only while disabled: read per row during a migration");
        foreach (var key in Robot.Domain.Kinds.IncomingMailConnections.Kind.Fields.OptionalCloudKeys)
            Sheet.Unchecked(key, "a Server field a Cloud may lack: filled where its panel shows it, named in not_carried otherwise");
        await LogInAsync().ConfigureAwait(false);
        await OpenSectionAsync("app.connectionsLink", "Incoming Mail Connections").ConfigureAwait(false);
        await CheckAsync(App, "app.sidebarSection").ConfigureAwait(false);
        await RequireAsync(App, "list.heading").ConfigureAwait(false);
        await WaitLoadedAsync().ConfigureAwait(false);
        await ListAsync().ConfigureAwait(false);
        await addPanel.WalkAsync(this).ConfigureAwait(false);
        foreach (var kind in kinds) await kind.CloudStepsAsync(this).ConfigureAwait(false);
    }

    private async Task LogInAsync()
    {
        Begin("open the app's admin page");
        await Page.GotoAsync(site.Login.Url(Selectors.Path("app.path"))).ConfigureAwait(false);
        var email = Selectors.Find(Top, "login.email");
        try { await email.Or(Selectors.Find(Top, "app.frame")).First.WaitForAsync().ConfigureAwait(false); }
        catch (TimeoutException) { await RequireAsync(Top, "login.email").ConfigureAwait(false); }
        if (await PageGuard.ShownAsync(email).ConfigureAwait(false))
        {
            Begin($"log in as {site.Login.User} (email, Continue, password, Log in)");
            await (await RequireAsync(Top, "login.email").ConfigureAwait(false)).FillAsync(site.Login.User).ConfigureAwait(false);
            await (await RequireAsync(Top, "login.continue").ConfigureAwait(false)).ClickAsync().ConfigureAwait(false);
            await (await RequireAsync(Top, "login.password").ConfigureAwait(false)).FillAsync(site.Login.PasswordToType()).ConfigureAwait(false);
            var submit = await RequireAsync(Top, "login.submit").ConfigureAwait(false);
            await PageGuard.ClickAndWaitForNewDocumentAsync(Page, submit).ConfigureAwait(false);
            if (await PageGuard.ShownAsync(email).ConfigureAwait(false))
                throw new ProbeLoginException($"the Cloud refused the login of '{site.Login.User}' (check ROBOT_Cloud__Password)");
        }
        Begin("the app's frame");
        await RequireAsync(Top, "app.frame").ConfigureAwait(false);
        Sheet.Record("app.path", KeyResult.Found);
    }

    /// <summary>Administration tab, then a sidebar link of it.</summary>
    public async Task OpenSectionAsync(string linkKey, string what)
    {
        Begin($"Administration tab → {what}");
        await (await RequireAsync(App, "app.administrationTab").ConfigureAwait(false)).ClickAsync().ConfigureAwait(false);
        await (await RequireAsync(App, linkKey).ConfigureAwait(false)).ClickAsync().ConfigureAwait(false);
    }

    /// <summary>A list is loaded once no loading marker shows (when the marker matches nothing, at once).</summary>
    private async Task WaitLoadedAsync()
    {
        var loading = Selectors.Find(App, "list.loading");
        await loading.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden }).ConfigureAwait(false);
        await PageGuard.UntilAsync(async () => await loading.EvaluateAllAsync<bool>("els => !els.some(e => e.closest('[aria-busy=true]'))")
            .ConfigureAwait(false) ? loading : null, Options.Wait, "the list to finish loading").ConfigureAwait(false);
    }

    public ILocator Rows() =>
        Selectors.Find(App, "list.row").Filter(new LocatorFilterOptions { Has = Selectors.Find(App, "list.editButton") });

    /// <summary>The list's Add button and rows; the first row's Edit panel opened and cancelled.</summary>
    private async Task ListAsync()
    {
        Begin("the Incoming Mail Connections list");
        await RequireAsync(App, "list.addButton").ConfigureAwait(false);
        await CheckAsync(App, "list.row", many: true).ConfigureAwait(false);
        var names = (await Rows().EvaluateAllAsync<string[]>(
                "rows => rows.map(r => { const c = r.cells ? r.cells[0] : r.querySelector('[role=cell], [role=gridcell]'); return c?.textContent ?? ''; })")
            .ConfigureAwait(false)).Select(Robot.Domain.NameText.Of).ToList();
        if (names.Count == 0)
        {
            foreach (var key in new[] { "list.editButton", "list.nameCell", "panel.editDialog" })
                Sheet.Unchecked(key, "the Cloud's list has no connection (or no row shows an Edit button)");
            return;
        }
        await CheckAsync(App, "list.nameCell", name: names[0]).ConfigureAwait(false);
        var edit = await CheckAsync(LocatorScope.Of(Rows().First), "list.editButton").ConfigureAwait(false);
        if (edit is null) return;
        Begin($"the Edit panel of '{names[0]}', cancelled");
        await edit.First.ClickAsync().ConfigureAwait(false);
        var dialog = await RequireAsync(App, "panel.editDialog").ConfigureAwait(false);
        await CancelAsync(dialog).ConfigureAwait(false);
    }

    public async Task CancelAsync(ILocator dialog)
    {
        var cancel = await RequireAsync(LocatorScope.Of(dialog), "panel.cancelButton").ConfigureAwait(false);
        await cancel.ClickAsync().ConfigureAwait(false);
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden }).ConfigureAwait(false);
    }

    /// <summary>The OAuth2 Credentials page (the plan reads which OAuth2 clients exist there).</summary>
    public async Task OAuthCredentialsPageAsync()
    {
        await OpenSectionAsync("app.oauthCredentialsLink", "OAuth2 Credentials").ConfigureAwait(false);
        await RequireAsync(App, "oauthList.heading").ConfigureAwait(false);
        await WaitLoadedAsync().ConfigureAwait(false);
        await CheckAsync(App, "oauthList.row", many: true).ConfigureAwait(false);
    }
}
