using Microsoft.Playwright;
using Polly;
using Robot.Adapters.Configuration;
using Robot.Adapters.Evidence;
using Robot.Domain;
using Robot.Domain.Kinds;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// The Server admin UI, read along the guide: log in (and confirm Administrator Access when asked), sidebar
/// INCOMING EMAILS ADMINISTRATION → Incoming Mail Connections, then on every page of the list each row's
/// More actions → Edit, read the panel, Cancel. Every word it looks for comes from selectors/server.json.
/// </summary>
public sealed class PlaywrightServerSite : IServerSite, IAsyncDisposable
{
    public static readonly IReadOnlyList<string> SelectorKeys =
    [
        "login.username", "login.password", "login.submit",
        "websudo.heading", "websudo.password", "websudo.confirm",
        "admin.connectionsLink",
        "list.heading", "list.row", "list.actionsButton", "list.editItem", "list.nextPage", "list.emptyText",
        "editPanel.dialog", "editPanel.close",
        .. IncomingMailConnections.Kind.Fields.RequiredServerKeys,
    ];

    /// <summary>Keys of fields a Server may not show at all (server.json may leave them out).</summary>
    public static readonly IReadOnlyList<string> OptionalKeys = [.. IncomingMailConnections.Kind.Fields.OptionalServerKeys];

    public static readonly IReadOnlyList<string> PathKeys = ["login.path", "admin.path"];

    private const int MaxPages = 10_000;

    private readonly IBrowser browser;
    private readonly PlaywrightSettings settings;
    private readonly SiteSelectors selectors;
    private readonly SiteLogin login;
    private readonly Action<string>? log;
    private readonly Func<string, bool>? include;
    private GuideStepObservers? steps;
    private readonly ResiliencePipeline loginRounds = LoginRounds.Build(4, TimeProvider.System);
    private IBrowserContext? context;
    private IPage? page;

    /// <param name="include">
    /// When given, only rows whose name (as the list shows it) it accepts are opened and read; the others are skipped
    /// (used by --only, so a run limited to a few connections does not open every Edit panel).
    /// </param>
    public PlaywrightServerSite(IBrowser browser, PlaywrightSettings settings, SiteSelectors selectors, SiteLogin login,
        Action<string>? log = null, Func<string, bool>? include = null)
    {
        this.include = include;
        this.browser = browser;
        this.settings = settings;
        this.selectors = selectors;
        this.login = login;
        this.log = log;
    }

    /// <summary>Where each step of the guide is logged (steps.log); null logs none.</summary>
    public StepLog? Guide { get; init; }

    /// <summary>Where the Edit panel's screenshot (password masked) and the fields read go, per connection; null keeps none.</summary>
    public EvidenceFolder? Evidence { get; init; }

    /// <summary>The step log and evidence watching the guide's steps 1.1 and 1.2 (see <see cref="IGuideStepObserver"/>).</summary>
    private GuideStepObservers Steps => steps ??= GuideStepObservers.Of(Guide, Evidence, null, []);

    /// <summary>The robot's retry pipeline for a page step (opening the list, reading a row, going to a page): see <see cref="PageRetry"/>.</summary>
    public required ResiliencePipeline Retries { get; init; }

    /// <summary>The Server login shared with the run's other Server pages (logged in once); null logs in on its own.</summary>
    public SharedSession? Session { get; init; }

    /// <summary>Checks server.json up front: every key this page object needs, parsed.</summary>
    public static SiteSelectors CheckSelectors(SelectorCatalog catalog) => new(catalog, SelectorKeys, PathKeys, OptionalKeys);

    private IPage Page => page ?? throw new InvalidOperationException("the Server page is not open");

    /// <summary>The page after <see cref="LogInAsync"/>: on the administration pages, for another kind's page object to go on from.</summary>
    public IPage OpenPage => Page;

    private LocatorScope Scope => LocatorScope.Of(Page);

    private TimeSpan Timeout => TimeSpan.FromMilliseconds(settings.TimeoutMs);

    public async Task<IReadOnlyList<ServerConnection>> ReadConnectionsAsync(IProgress<ServerReadProgress>? progress, CancellationToken cancellationToken) =>
        (await ReadRowsAsync(claims: null, lead: true, progress, cancellationToken).ConfigureAwait(false))
            .Select(row => row.Connection).ToList();

    /// <summary>
    /// Walks every page of the list and reads the rows it wins in <paramref name="claims"/> (every row when null), so
    /// that several Server pages can share one inventory. The lead reader logs the guide's opening step and the pages.
    /// </summary>
    internal async Task<IReadOnlyList<ListedConnection>> ReadRowsAsync(RowClaims? claims, bool lead, IProgress<ServerReadProgress>? progress,
        CancellationToken cancellationToken)
    {
        try
        {
            // A slow or lost page is tried again (as a person would reload); a refused login is not.
            Task Open() => WithRetriesAsync(() => OpenConnectionsListAsync(cancellationToken), () => Task.CompletedTask);
            if (!lead) await Open().ConfigureAwait(false);
            else await Steps.StepAsync(new ObservedStep(GuideStep.OpenServerConnections, "(all)") { Detail = "failed" }, async step =>
            {
                await Open().ConfigureAwait(false);
                step.Detail = "";
            }).ConfigureAwait(false);
            var connections = new List<ListedConnection>();
            for (var pageNumber = 1; pageNumber <= MaxPages; pageNumber++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var listUrl = Page.Url;
                var rows = await DataRowsAsync().ConfigureAwait(false);
                var listed = await ListedNamesAsync().ConfigureAwait(false);
                if (lead)
                {
                    var toRead = ToRead(rows, include is null ? null : listed);
                    claims?.SeeWanted(toRead);
                    progress?.Report(new ServerListPageSeen(pageNumber, rows, toRead));
                }
                for (var index = 0; index < rows; index++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var rowName = index < listed.Count ? listed[index] : "";
                    if (include is not null && !include(rowName)) continue;
                    if (claims is not null && !claims.TryClaim(pageNumber, index)) continue;
                    var connection = await ReadRowAsync(index, rowName, listUrl, cancellationToken).ConfigureAwait(false);
                    connections.Add(new ListedConnection(pageNumber, index, connection));
                    progress?.Report(new ServerConnectionRead(connection.Name, connection.Protocol));
                }
                var more = false;
                await WithRetriesAsync(async () => more = await GoToNextPageAsync().ConfigureAwait(false),
                    () => ReturnToListAsync(listUrl, cancellationToken)).ConfigureAwait(false);
                if (!more) break;
            }
            return connections;
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error))
        {
            throw new SystemFaultException(
                $"reading the Server's Incoming Mail Connections failed at '{lastStep}': {PageGuard.Short(error)}", error);
        }
    }

    /// <summary>How many of a list page's rows are opened: those <see cref="include"/> accepts (a row without a listed name is read).</summary>
    private int ToRead(int rows, IReadOnlyList<string>? listed) =>
        listed is null ? rows : Enumerable.Range(0, rows).Count(index => index >= listed.Count || include!(listed[index]));

    /// <summary>Runs a page step in the retry pipeline; after a machinery fault, <paramref name="recover"/> and again.</summary>
    private Task WithRetriesAsync(Func<Task> action, Func<Task> recover) =>
        PageRetry.RunAsync(Retries, action, async error =>
        {
            Step($"Server: '{lastStep}' failed ({PageGuard.Short(error)}); trying again");
            await recover().ConfigureAwait(false);
        });

    private async Task OpenConnectionsListAsync(CancellationToken cancellationToken)
    {
        await LogInAsync(cancellationToken).ConfigureAwait(false);
        Step("Server: go to Incoming Mail Connections under INCOMING EMAILS ADMINISTRATION on the sidebar");
        await selectors.Find(Scope, "admin.connectionsLink").ClickAsync().ConfigureAwait(false);
        await selectors.Find(Scope, "list.heading").WaitForAsync().ConfigureAwait(false);
    }

    /// <summary>Opens the administration pages, logging in if asked; a refused login is a <see cref="SiteLoginException"/>.</summary>
    public async Task LogInAsync(CancellationToken cancellationToken)
    {
        // The first page of the run logs in; the others wait for it and start from its storage state.
        using var turn = page is null && Session is not null ? await Session.WaitForLoginAsync(cancellationToken).ConfigureAwait(false) : null;
        if (page is null)
        {
            context = await BrowserLauncher.NewContextAsync(browser, settings, Session?.StorageState, blockHeavyResources: Evidence is null)
                .ConfigureAwait(false);
            page = await context.NewPageAsync().ConfigureAwait(false);
        }
        Step("Server: open the administration pages");
        await Page.GotoAsync(login.Url(selectors.Path("admin.path"))).ConfigureAwait(false);
        try
        {
            await PassLoginAndAdminAccessAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SiteLoginException refused)
        {
            turn?.Refused(refused);
            throw;
        }
        if (turn is not null) await turn.PublishAsync(context!).ConfigureAwait(false);
    }

    /// <summary>Logs in and confirms Administrator Access as often as the site asks (up to four rounds), until an admin page shows.</summary>
    private Task PassLoginAndAdminAccessAsync(CancellationToken cancellationToken) =>
        LoginRounds.RunAsync(loginRounds, _ => LoginRoundAsync(), () => new SiteLoginException("the Server kept asking for a login"), cancellationToken);

    /// <summary>One round: the admin page shows (done), or Administrator Access or the login form is answered (another round).</summary>
    private async Task LoginRoundAsync()
    {
        var loginField = selectors.Find(Scope, "login.username");
        var websudo = selectors.Find(Scope, "websudo.heading");
        var adminPage = selectors.Find(Scope, "admin.connectionsLink").Or(selectors.Find(Scope, "list.heading"));
        SavedSessionGuard.ThrowIfLeftSite(Page, login);
        await loginField.Or(websudo).Or(adminPage).First.WaitForAsync().ConfigureAwait(false);
        if (await PageGuard.ShownAsync(adminPage).ConfigureAwait(false)) return;
        SavedSessionGuard.ThrowInsteadOfTyping(login);
        if (await PageGuard.ShownAsync(websudo).ConfigureAwait(false))
        {
            Step("Server: confirm Administrator Access");
            await selectors.Find(Scope, "websudo.password").FillAsync(login.PasswordToType()).ConfigureAwait(false);
            await ClickAndWaitForPageAsync(selectors.Find(Scope, "websudo.confirm")).ConfigureAwait(false);
            if (await PageGuard.ShownAsync(websudo).ConfigureAwait(false) && !await PageGuard.ShownAsync(adminPage).ConfigureAwait(false))
                throw new SiteLoginException($"the Server refused the Administrator Access password of '{login.User}'");
            throw LoginRounds.Again("the Server asked for Administrator Access");
        }
        Step($"Server: log in as {login.User}");
        await loginField.FillAsync(login.User).ConfigureAwait(false);
        await selectors.Find(Scope, "login.password").FillAsync(login.PasswordToType()).ConfigureAwait(false);
        await ClickAndWaitForPageAsync(selectors.Find(Scope, "login.submit")).ConfigureAwait(false);
        if (await PageGuard.ShownAsync(loginField).ConfigureAwait(false))
            throw new SiteLoginException($"the Server refused the login of '{login.User}' (check ROBOT_Server__Password)");
        // Some Servers land on their dashboard whatever page asked for the login: go to the admin pages at once
        // rather than wait there for an admin page that will not come.
        if (!await PageGuard.ShownAsync(websudo).ConfigureAwait(false) && !await PageGuard.ShownAsync(adminPage).ConfigureAwait(false))
        {
            Step("Server: the login landed elsewhere; open the administration pages");
            await Page.GotoAsync(login.Url(selectors.Path("admin.path"))).ConfigureAwait(false);
        }
        throw LoginRounds.Again("the Server asked for a login");
    }

    private Task ClickAndWaitForPageAsync(ILocator button) => PageGuard.ClickAndWaitForNewDocumentAsync(Page, button);

    private ILocator Rows() =>
        selectors.Find(Scope, "list.row").Filter(new LocatorFilterOptions { Has = selectors.Find(Scope, "list.actionsButton") });

    private async Task<int> DataRowsAsync()
    {
        await selectors.Find(Scope, "list.heading").WaitForAsync().ConfigureAwait(false);
        await Rows().First.Or(selectors.Find(Scope, "list.emptyText")).First.WaitForAsync().ConfigureAwait(false);
        return await Rows().CountAsync().ConfigureAwait(false);
    }

    /// <summary>The name each row shows in its first cell, as the page holds it (text content: runs of spaces kept).</summary>
    private async Task<IReadOnlyList<string>> ListedNamesAsync() =>
        (await Rows().EvaluateAllAsync<string[]>("rows => rows.map(r => r.cells[0]?.textContent ?? '')").ConfigureAwait(false))
            .Select(NameText.Of).ToList();

    private Task<ServerConnection> ReadRowAsync(int index, string rowName, string listUrl, CancellationToken cancellationToken) =>
        PageRetry.RunAsync(Retries, () => ReadRowOnceAsync(index, rowName, cancellationToken), async error =>
        {
            // A lost session or a slow answer: come back to the same list page (logging in again if asked) and retry.
            Step($"Server: reading row {index + 1} failed ({PageGuard.Short(error)}); reopening the list page");
            await ReturnToListAsync(listUrl, cancellationToken).ConfigureAwait(false);
            await DataRowsAsync().ConfigureAwait(false);
        });

    /// <summary>Back to a list page after a fault, logging in again if the site asks.</summary>
    private async Task ReturnToListAsync(string listUrl, CancellationToken cancellationToken)
    {
        await GotoAsync(listUrl).ConfigureAwait(false);
        await PassLoginAndAdminAccessAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(Page.Url, listUrl, StringComparison.Ordinal)) await GotoAsync(listUrl).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens a page even while the page is still on its way elsewhere: an app that sends an expired session to its login
    /// page by script cuts our navigation short, so wait for that one to land and go again.
    /// </summary>
    private Task GotoAsync(string url) =>
        PageRetry.RunAsync(Retries, () => Page.GotoAsync(url), _ => Page.WaitForLoadStateAsync(LoadState.Load),
            retryable: error => error is PlaywrightException && error.Message.Contains("interrupted by another navigation", StringComparison.Ordinal));

    private async Task<ServerConnection> ReadRowOnceAsync(int index, string rowName, CancellationToken cancellationToken)
    {
        // Guide step 1.2, logged (and announced by --step) under the name the list shows, as the panel is not read yet.
        var edit = new ObservedStep(GuideStep.ServerEdit, rowName.Length > 0 ? rowName : $"row {index + 1}");
        var (connection, dialog) = await Steps.StepAsync(edit, step => OpenAndReadRowAsync(step, index, rowName, cancellationToken)).ConfigureAwait(false);
        Step(connection.Unreadable is not null ? $"Server: {connection.Unreadable}; close the panel with Cancel" : $"Server: read '{connection.Name}', close the panel with Cancel");
        await selectors.Find(LocatorScope.Of(dialog), "editPanel.close").ClickAsync().ConfigureAwait(false);
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden }).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Three dots → Edit, then the panel read once it is filled and names the row; the panel is left open for the observers' picture.</summary>
    private async Task<(ServerConnection Connection, ILocator Dialog)> OpenAndReadRowAsync(ObservedStep step, int index, string rowName,
        CancellationToken cancellationToken)
    {
        Step($"Server: row {index + 1}: three dots (More actions)");
        await selectors.Find(LocatorScope.Of(Rows().Nth(index)), "list.actionsButton").ClickAsync().ConfigureAwait(false);
        Step("Server: Edit");
        await selectors.Find(Scope, "list.editItem").ClickAsync().ConfigureAwait(false);

        var dialog = selectors.Find(Scope, "editPanel.dialog");
        var inside = LocatorScope.Of(dialog);
        // A lost session sends the page to the login form (told by its Log In button: the panel has a Username field too).
        var loginButton = selectors.Find(Scope, "login.submit");
        await dialog.Or(loginButton).First.WaitForAsync().ConfigureAwait(false);
        if (await PageGuard.ShownAsync(loginButton).ConfigureAwait(false))
            throw new SystemFaultException("the Server session has expired (the login page shows)");
        Step($"Server: wait for the panel to fill in with '{rowName}'");
        var read = await PanelReader.ReadAsync(inside, loginButton, rowName, cancellationToken, dialog).ConfigureAwait(false);

        var connection = read?.ToConnection() ?? ServerConnection.UnreadableRow(rowName, PanelReader.NotFilledMessage(rowName));
        step.Named = connection.Name;
        step.Read = read is null ? null : connection;
        step.View = new PanelView(Page, dialog, [selectors.Find(inside, "editPanel.password")]);
        step.Detail = read is null ? $"failed: {connection.Unreadable}" : $"read ({connection.Protocol})";
        return (connection, dialog);
    }

    private ServerPanelReader PanelReader => new(selectors, Timeout, TimeSpan.FromMilliseconds(settings.PanelSettleMs), TimeProvider.System);

    private async Task<bool> GoToNextPageAsync()
    {
        var next = selectors.Find(Scope, "list.nextPage");
        if (await next.CountAsync().ConfigureAwait(false) == 0) return false;
        if (!await PageGuard.ShownAsync(next).ConfigureAwait(false)) return false;
        if (await next.First.GetAttributeAsync("aria-disabled").ConfigureAwait(false) == "true") return false;
        var before = Page.Url;
        Step("Server: next page of the list");
        await next.First.ClickAsync().ConfigureAwait(false);
        await Page.WaitForURLAsync(url => !string.Equals(url, before, StringComparison.Ordinal)).ConfigureAwait(false);
        return true;
    }

    private string lastStep = "starting";

    private void Step(string text)
    {
        lastStep = text;
        log?.Invoke(text);
    }

    public async ValueTask DisposeAsync()
    {
        await BrowserLauncher.CloseQuietlyAsync(context).ConfigureAwait(false);
        context = null;
        page = null;
    }
}
