using Microsoft.Playwright;
using Robot.Domain;

namespace Robot.Adapters.Browser;

/// <summary>
/// The Cloud's Incoming Mail Connections list and its OAuth2 Credentials list. Names are read as the page holds them
/// (text content: runs of spaces kept, unlike rendered text) and a row is found by the same reading, so a name read
/// from the list is always found in it again.
/// </summary>
internal sealed class CloudList(CloudPage cloud, CloudElements elements, CloudNavigator navigator)
{
    // The first cell's text as the DOM holds it (NameText makes it a name, as on the Server); rows may be <tr> or role=row elements.
    private const string FirstCellText =
        "r => { const c = r.cells ? r.cells[0] : r.querySelector('[role=cell], [role=gridcell]'); return c?.textContent ?? ''; }";

    // Any match shown (a box of some size and not visibility:hidden, the children of a display:contents one, as Playwright
    // judges "visible") or inside an aria-busy="true" container.
    private const string StillLoading = """
        els => {
          const shown = e => getComputedStyle(e).display === 'contents' ? [...e.children].some(shown)
            : e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== 'hidden';
          return els.some(e => shown(e) || e.closest('[aria-busy=true]') !== null);
        }
        """;

    private SiteSelectors Selectors => cloud.Selectors;

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await navigator.OpenSectionAsync("app.connectionsLink", "INCOMING MAILS → Incoming Mail Connections", cancellationToken).ConfigureAwait(false);
        await WaitForListAsync().ConfigureAwait(false);
    }

    /// <summary>The list is on screen when its heading shows and its spinner is gone (the spinner appears with the heading).</summary>
    public async Task WaitForListAsync()
    {
        await elements.WaitShownAsync(cloud.App, "list.heading", elements.App).ConfigureAwait(false);
        await WaitLoadedAsync().ConfigureAwait(false);
        cloud.OnList = true;
    }

    /// <summary>
    /// Loading is over when the loading marker is not shown and no match of it still says aria-busy="true": a busy
    /// container with nothing in it yet (an empty table waiting for its rows) has no size, so "not shown" alone passes
    /// before anything has loaded.
    /// </summary>
    private async Task WaitLoadedAsync()
    {
        var loading = Selectors.Find(cloud.App, "list.loading");
        // Usually loaded already (after a Save, or the list read before): one call says so; else the waits below.
        if (!await StillLoadingAsync().ConfigureAwait(false)) return;
        await loading.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden }).ConfigureAwait(false);
        await PageGuard.UntilAsync(async () => await loading.EvaluateAllAsync<bool>(
                "els => !els.some(e => e.closest('[aria-busy=true]'))").ConfigureAwait(false) ? loading : null,
            cloud.Timeout, "the list to finish loading (aria-busy)").ConfigureAwait(false);
    }

    /// <summary>The list as it is, when the page is still on it with no panel open; otherwise opened afresh.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        // Just confirmed after a Save: only a session that expired since would have changed it.
        if (cloud.ListConfirmed && cloud.OnList && cloud.IsOpen)
        {
            cloud.ListConfirmed = false;
            if (!await cloud.ExpiredNowAsync().ConfigureAwait(false)) return;
        }
        if (cloud.OnList && cloud.IsOpen
            && await PageGuard.ShownAsync(Selectors.Find(cloud.App, "list.heading")).ConfigureAwait(false)
            && !await cloud.PanelOpenAsync().ConfigureAwait(false)
            && !await cloud.ExpiredNowAsync().ConfigureAwait(false))
        {
            await WaitLoadedAsync().ConfigureAwait(false);
            return;
        }
        await OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A reading of the list stands only if the page still shows it loaded: the app's "session has expired" page takes
    /// the whole frame (the login page the whole tab) when the list's data is refused, after its heading has shown.
    /// </summary>
    public async Task ThrowUnlessStillListedAsync(string what)
    {
        if (await cloud.SessionExpiredAsync().ConfigureAwait(false)) throw cloud.Expired();
        if (await PageGuard.ShownAsync(Selectors.Find(cloud.App, "list.heading")).ConfigureAwait(false)
            && !await StillLoadingAsync().ConfigureAwait(false))
            return;
        cloud.Lost();
        throw new Robot.Domain.Ports.SystemFaultException($"the Cloud's list was no longer loaded when {what}");
    }

    private Task<bool> StillLoadingAsync() => Selectors.Find(cloud.App, "list.loading").EvaluateAllAsync<bool>(StillLoading);

    private ILocator Rows() =>
        Selectors.Find(cloud.App, "list.row").Filter(new LocatorFilterOptions { Has = Selectors.Find(cloud.App, "list.editButton") });

    public Task<IReadOnlyList<string>> NamesAsync() => NamesOfAsync(Rows());

    /// <summary>The names of the rows that hold <paramref name="inside"/>.</summary>
    public Task<IReadOnlyList<string>> NamesAsync(ILocator inside) => NamesOfAsync(Rows().Filter(new LocatorFilterOptions { Has = inside }));

    private static async Task<IReadOnlyList<string>> NamesOfAsync(ILocator rows) =>
        (await rows.EvaluateAllAsync<string[]>($"rows => rows.map({FirstCellText})").ConfigureAwait(false)).Select(NameText.Of).ToList();

    /// <summary>
    /// The row of exactly this name (as the page holds it; one differing only in case when there is no exact one), or
    /// null. The name cell's selector narrows the rows; the text content decides, since selector matching folds blanks
    /// (all rows are read when the narrowed ones hold no such name).
    /// </summary>
    public async Task<ILocator?> RowOfAsync(string name)
    {
        var narrowed = Rows().Filter(new LocatorFilterOptions { Has = Selectors.Find(cloud.App, "list.nameCell", name: name) });
        return await MatchAsync(narrowed, NameText.Of(name)).ConfigureAwait(false) ?? await MatchAsync(Rows(), NameText.Of(name)).ConfigureAwait(false);
    }

    private static async Task<ILocator?> MatchAsync(ILocator rows, string wanted)
    {
        var texts = (await rows.EvaluateAllAsync<string[]>($"rows => rows.map({FirstCellText})").ConfigureAwait(false)).Select(NameText.Of).ToArray();
        var index = Array.FindIndex(texts, text => string.Equals(text, wanted, StringComparison.Ordinal));
        if (index < 0) index = Array.FindIndex(texts, text => string.Equals(text, wanted, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : rows.Nth(index);
    }

    /// <summary>Waits until the row of this name shows (after a Save the list may be drawn again), and gives it.</summary>
    /// <remarks>The row is looked for once, then waited for only when not there yet.</remarks>
    public async Task<ILocator> WaitForRowAsync(string name)
    {
        if (await RowOfAsync(name).ConfigureAwait(false) is { } row) return row;
        return await PageGuard.UntilAsync(async () =>
            await cloud.ExpiredNowAsync().ConfigureAwait(false) ? throw cloud.Expired()
            : await RowOfAsync(name).ConfigureAwait(false), cloud.Timeout, $"'{name}' to show in the Cloud's list").ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CloudOAuth2Client>> OAuth2ClientsAsync(CancellationToken cancellationToken)
    {
        await navigator.OpenSectionAsync("app.oauthCredentialsLink", "OAUTH2 → OAuth2 Credentials", cancellationToken).ConfigureAwait(false);
        await elements.WaitShownAsync(cloud.App, "oauthList.heading", elements.App).ConfigureAwait(false);
        await WaitLoadedAsync().ConfigureAwait(false);
        var cells = await Selectors.Find(cloud.App, "oauthList.row").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => Array.from(r.querySelectorAll('td, [role=cell], [role=gridcell]')).map(c => (c.textContent || '').trim()))")
            .ConfigureAwait(false);
        return cells
            .Where(row => row.Length >= 2 && row[0].Length > 0)
            .Select(row => new CloudOAuth2Client(row[0], row[1]))
            .ToList();
    }
}
