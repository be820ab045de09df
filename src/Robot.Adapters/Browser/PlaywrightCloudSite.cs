using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Robot.Adapters.Configuration;
using Robot.Adapters.Evidence;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>Choices of a <see cref="PlaywrightCloudSite"/> beyond the selectors.</summary>
public sealed record CloudSiteOptions
{
    /// <summary>Open each existing connection's Edit panel while listing, so the plan can compare it with the Server.</summary>
    public bool ReadBackExisting { get; init; }

    /// <summary>Where screenshots of failed tests and refused saves go; null keeps none.</summary>
    public string? EvidenceFolder { get; init; }

    /// <summary>Per-connection screenshots (passwords masked) and fields written; null keeps none.</summary>
    public EvidenceFolder? Evidence { get; init; }

    /// <summary>Where each step of the guide is logged (steps.log); null logs none.</summary>
    public StepLog? Guide { get; init; }

    /// <summary>Where a failed write's Playwright trace (trace.zip) and page screenshot (failure.png) go, per connection; null records no trace.</summary>
    public EvidenceFolder? Traces { get; init; }

    /// <summary>Secrets a trace may not hold beyond the connection's password and this site's login (the other site's login).</summary>
    public IReadOnlyList<string?> MaskAlso { get; init; } = [];
}

/// <summary>
/// The Cloud admin UI along the guide: two-step login, the app's admin page, inside the app's iframe the
/// Administration tab → INCOMING MAILS → Incoming Mail Connections; Add (or the row's Edit), fill the panel, Test
/// Connection, Save, confirm the row. Every word it looks for comes from selectors/cloud.json.
/// </summary>
public sealed partial class PlaywrightCloudSite : ICloudSite, IAsyncDisposable
{
    public static readonly IReadOnlyList<string> SelectorKeys =
    [
        "login.email", "login.continue", "login.password", "login.submit",
        "app.frame", "app.sessionExpired", "app.administrationTab", "app.connectionsLink", "app.oauthCredentialsLink",
        "list.heading", "list.addButton", "list.row", "list.nameCell", "list.editButton", "list.loading",
        "oauthList.heading", "oauthList.row",
        "panel.addDialog", "panel.editDialog", "panel.name", "panel.description", "panel.serviceProvider", "panel.encryption",
        "panel.option", "panel.host", "panel.port", "panel.username", "panel.password", "panel.timeout",
        "panel.oauth2Credentials", "panel.noOAuth2Clients", "panel.testButton", "panel.testResult", "panel.testSuccess",
        "panel.saveButton", "panel.cancelButton", "panel.successFlag", "panel.errorFlag",
    ];

    /// <summary>Keys used when present: the text Test Connection shows while it runs.</summary>
    public static readonly IReadOnlyList<string> OptionalKeys = ["panel.testRunning"];

    public static readonly IReadOnlyList<string> PathKeys = ["login.path", "app.path"];

    private readonly IBrowser browser;
    private readonly PlaywrightSettings settings;
    private readonly SiteSelectors selectors;
    private readonly SiteLogin login;
    private readonly CloudSiteOptions options;
    private readonly Action<string>? log;
    private IBrowserContext? context;
    private IPage? page;
    private bool onList;
    private bool reloadNeeded = true;
    private int evidenceCount;
    private FailureTraces? traces;
    private bool failureShotTaken;
    private readonly UntracedSecretInput secretInput = new();

    public PlaywrightCloudSite(IBrowser browser, PlaywrightSettings settings, SiteSelectors selectors, SiteLogin login,
        CloudSiteOptions? options = null, Action<string>? log = null)
    {
        this.browser = browser;
        this.settings = settings;
        this.selectors = selectors;
        this.login = login;
        this.options = options ?? new CloudSiteOptions();
        this.log = log;
    }

    /// <summary>Checks cloud.json up front: every key this page object needs, parsed.</summary>
    public static SiteSelectors CheckSelectors(SelectorCatalog catalog) => new(catalog, SelectorKeys, PathKeys, OptionalKeys);

    /// <summary>The Cloud login shared with the run's other Cloud pages (logged in once); null logs in on its own.</summary>
    public SharedSession? Session { get; init; }

    private IPage Page => page ?? throw new InvalidOperationException("the Cloud page is not open");

    private LocatorScope Top => LocatorScope.Of(Page);

    /// <summary>Inside the app's iframe (another origin).</summary>
    private LocatorScope App => LocatorScope.InsideFrame(selectors.Find(Top, "app.frame"));

    private TimeSpan Timeout => TimeSpan.FromMilliseconds(settings.TimeoutMs);

    // ---------------------------------------------------------------- ICloudSite

    /// <summary>Logs in and opens the connections list; a refused login is a <see cref="SiteLoginException"/>.</summary>
    public Task OpenAsync(CancellationToken cancellationToken) =>
        GuardAsync("opening the Cloud's Incoming Mail Connections", async () =>
        {
            await OpenConnectionsListAsync(cancellationToken).ConfigureAwait(false);
            return true;
        });

    public Task<IReadOnlyList<ExistingCloudConnection>> ListConnectionsAsync(CancellationToken cancellationToken) =>
        GuardAsync("listing the Cloud's Incoming Mail Connections", async () =>
        {
            await OpenConnectionsListAsync(cancellationToken).ConfigureAwait(false);
            var names = await ListedNamesAsync().ConfigureAwait(false);
            var found = new List<ExistingCloudConnection>();
            foreach (var name in names)
            {
                cancellationToken.ThrowIfCancellationRequested();
                found.Add(new ExistingCloudConnection(name, options.ReadBackExisting ? await ReadBackAsync(name).ConfigureAwait(false) : null));
            }
            return (IReadOnlyList<ExistingCloudConnection>)found;
        });

    public Task<IReadOnlyList<CloudOAuth2Client>> ListOAuth2ClientsAsync(CancellationToken cancellationToken) =>
        GuardAsync("listing the Cloud's OAuth2 Credentials", async () =>
        {
            await OpenAppAsync(cancellationToken).ConfigureAwait(false);
            Step("Cloud: Administration tab → OAUTH2 → OAuth2 Credentials");
            await selectors.Find(App, "app.administrationTab").ClickAsync().ConfigureAwait(false);
            await selectors.Find(App, "app.oauthCredentialsLink").ClickAsync().ConfigureAwait(false);
            onList = false;
            await ShownOrExpiredAsync(selectors.Find(App, "oauthList.heading")).ConfigureAwait(false);
            await WaitLoadedAsync(App).ConfigureAwait(false);
            var cells = await selectors.Find(App, "oauthList.row").EvaluateAllAsync<string[][]>(
                "rows => rows.map(r => Array.from(r.querySelectorAll('td')).map(c => (c.innerText || c.textContent || '').trim()))")
                .ConfigureAwait(false);
            return (IReadOnlyList<CloudOAuth2Client>)cells
                .Where(row => row.Length >= 2 && row[0].Length > 0)
                .Select(row => new CloudOAuth2Client(row[0], row[1]))
                .ToList();
        });

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        GuardAsync($"looking for '{name}' on Cloud", async () =>
        {
            await OpenConnectionsListAsync(cancellationToken).ConfigureAwait(false);
            return await RowOf(name).CountAsync().ConfigureAwait(false) > 0;
        });

    public Task<CloudWriteResult> WriteAsync(CloudConnection connection, WriteMode mode, bool saveOnTestFailure, CancellationToken cancellationToken) =>
        options.Traces is null
            ? GuardedWriteAsync(connection, mode, saveOnTestFailure, cancellationToken)
            : TracedWriteAsync(connection, mode, saveOnTestFailure, cancellationToken);

    private Task<CloudWriteResult> GuardedWriteAsync(CloudConnection connection, WriteMode mode, bool saveOnTestFailure, CancellationToken cancellationToken) =>
        GuardAsync($"writing '{connection.Name}' on Cloud", () => WriteOnceAsync(connection, mode, saveOnTestFailure, cancellationToken), connection.Password);

    /// <summary>The write as its own trace chunk: kept (masked) with the page's screenshot when it did not save, dropped when it did.</summary>
    private async Task<CloudWriteResult> TracedWriteAsync(CloudConnection connection, WriteMode mode, bool saveOnTestFailure, CancellationToken cancellationToken)
    {
        if (context is null) await OpenAsync(cancellationToken).ConfigureAwait(false);
        traces ??= new FailureTraces(options.Traces!);
        failureShotTaken = false;
        await traces.BeginAsync(context!, connection.Name).ConfigureAwait(false);
        CloudWriteResult result;
        try
        {
            result = await GuardedWriteAsync(connection, mode, saveOnTestFailure, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            if (!failureShotTaken) await FailureShotAsync(connection.Name).ConfigureAwait(false);
            await traces.KeepAsync(connection.Name, TraceSecrets(connection)).ConfigureAwait(false);
            throw;
        }
        if (result.Saved) await traces.DiscardAsync(connection.Name).ConfigureAwait(false);
        else await traces.KeepAsync(connection.Name, TraceSecrets(connection)).ConfigureAwait(false);
        return result;
    }

    private IEnumerable<string?> TraceSecrets(CloudConnection connection) => [connection.Password, login.Password, .. options.MaskAlso];

    /// <summary>A password typed so that no trace records it as a parameter; a plain fill when no trace is being kept.</summary>
    private Task FillSecretAsync(ILocator field, string value) =>
        options.Traces is null || context is null ? field.FillAsync(value) : secretInput.FillAsync(context, field, value);

    // ---------------------------------------------------------------- navigation

    private async Task OpenAppAsync(CancellationToken cancellationToken)
    {
        // The first page of the run logs in; the others wait for it and start from its storage state.
        using var turn = page is null && Session is not null ? await Session.WaitForLoginAsync(cancellationToken).ConfigureAwait(false) : null;
        if (page is null)
        {
            context = await BrowserLauncher.NewContextAsync(browser, settings, Session?.StorageState, blockHeavyResources: options.Evidence is null)
                .ConfigureAwait(false);
            page = await context.NewPageAsync().ConfigureAwait(false);
        }
        onList = false;
        // Already in the app with nothing wrong since: its tabs are a known starting point, no need to load it again.
        if (!reloadNeeded
            && await PageGuard.ShownAsync(selectors.Find(App, "app.administrationTab")).ConfigureAwait(false)
            && !await PageGuard.ShownAsync(selectors.Find(App, "panel.addDialog").Or(selectors.Find(App, "panel.editDialog"))).ConfigureAwait(false)
            && !await PageGuard.ShownAsync(selectors.Find(App, "app.sessionExpired")).ConfigureAwait(false))
            return;
        for (var round = 0; round < 3; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Step("Cloud: open the Email This Issue admin page");
            await Page.GotoAsync(login.Url(selectors.Path("app.path"))).ConfigureAwait(false);
            var email = selectors.Find(Top, "login.email");
            var frame = selectors.Find(Top, "app.frame");
            await email.Or(frame).First.WaitForAsync().ConfigureAwait(false);
            if (await PageGuard.ShownAsync(email).ConfigureAwait(false))
            {
                await LogInAsync(turn).ConfigureAwait(false);
                continue;
            }
            var tab = selectors.Find(App, "app.administrationTab");
            var expired = selectors.Find(App, "app.sessionExpired");
            await tab.Or(expired).First.WaitForAsync().ConfigureAwait(false);
            if (await PageGuard.ShownAsync(tab).ConfigureAwait(false))
            {
                reloadNeeded = false;
                if (turn is not null) await turn.PublishAsync(context!).ConfigureAwait(false);
                return;
            }
            // The shell let us in but the app says the session is gone: log in again from the login page.
            Step("Cloud: the app says the session has expired; log in again");
            await Page.GotoAsync(login.Url(selectors.Path("login.path"))).ConfigureAwait(false);
            await LogInAsync(turn).ConfigureAwait(false);
        }
        throw new SystemFaultException("the Cloud kept showing the login page or an expired session");
    }

    private async Task LogInAsync(SharedSession.LoginTurn? turn)
    {
        Step($"Cloud: log in as {login.User} (email, Continue, password, Log in)");
        var email = selectors.Find(Top, "login.email");
        var password = selectors.Find(Top, "login.password");
        if (await email.IsEditableAsync().ConfigureAwait(false))
        {
            await email.FillAsync(login.User).ConfigureAwait(false);
            await selectors.Find(Top, "login.continue").ClickAsync().ConfigureAwait(false);
        }
        await FillSecretAsync(password, login.Password).ConfigureAwait(false);
        await PageGuard.ClickAndWaitForNewDocumentAsync(Page, selectors.Find(Top, "login.submit")).ConfigureAwait(false);
        if (await PageGuard.ShownAsync(email).ConfigureAwait(false))
        {
            var refused = new SiteLoginException($"the Cloud refused the login of '{login.User}' (check ROBOT_Cloud__Password)");
            turn?.Refused(refused);
            throw refused;
        }
    }

    private async Task OpenConnectionsListAsync(CancellationToken cancellationToken)
    {
        await OpenAppAsync(cancellationToken).ConfigureAwait(false);
        Step("Cloud: Administration tab → INCOMING MAILS → Incoming Mail Connections");
        await selectors.Find(App, "app.administrationTab").ClickAsync().ConfigureAwait(false);
        await selectors.Find(App, "app.connectionsLink").ClickAsync().ConfigureAwait(false);
        await WaitForListAsync().ConfigureAwait(false);
    }

    /// <summary>The list is on screen when its heading shows and its spinner is gone (the spinner appears with the heading).</summary>
    private async Task WaitForListAsync()
    {
        await ShownOrExpiredAsync(selectors.Find(App, "list.heading")).ConfigureAwait(false);
        await WaitLoadedAsync(App).ConfigureAwait(false);
        onList = true;
    }

    private Task WaitLoadedAsync(LocatorScope scope) =>
        selectors.Find(scope, "list.loading").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });

    /// <summary>The list as it is, when the page is still on it with no panel open; otherwise opened afresh.</summary>
    private async Task EnsureListAsync(CancellationToken cancellationToken)
    {
        if (onList && page is not null
            && await PageGuard.ShownAsync(selectors.Find(App, "list.heading")).ConfigureAwait(false)
            && !await PageGuard.ShownAsync(selectors.Find(App, "panel.addDialog").Or(selectors.Find(App, "panel.editDialog"))).ConfigureAwait(false)
            && !await PageGuard.ShownAsync(selectors.Find(App, "app.sessionExpired")).ConfigureAwait(false))
        {
            await WaitLoadedAsync(App).ConfigureAwait(false);
            return;
        }
        await OpenConnectionsListAsync(cancellationToken).ConfigureAwait(false);
    }

    private ILocator Rows() =>
        selectors.Find(App, "list.row").Filter(new LocatorFilterOptions { Has = selectors.Find(App, "list.editButton") });

    private ILocator RowOf(string name) =>
        Rows().Filter(new LocatorFilterOptions { Has = selectors.Find(App, "list.nameCell", name: name) });

    private async Task<IReadOnlyList<string>> ListedNamesAsync() =>
        // Text content, as the page holds it: rendered text would collapse a name's runs of spaces.
        (await Rows().EvaluateAllAsync<string[]>("rows => rows.map(r => r.cells[0]?.textContent ?? '')").ConfigureAwait(false))
            .Select(NameText.Of).ToList();

    // ---------------------------------------------------------------- the panel

    private async Task<CloudWriteResult> WriteOnceAsync(CloudConnection connection, WriteMode mode, bool saveOnTestFailure, CancellationToken cancellationToken)
    {
        var guide = options.Guide;
        var evidence = options.Evidence;
        using (var open = guide is null ? null : await guide.BeginAsync(GuideStep.CloudAdministration, connection.Name).ConfigureAwait(false))
            await EnsureListAsync(cancellationToken).ConfigureAwait(false);
        ILocator dialog;
        using var add = guide is null ? null : await guide.BeginAsync(GuideStep.CloudAdd, connection.Name).ConfigureAwait(false);
        if (mode == WriteMode.Create)
        {
            Step($"Cloud: Add — '{connection.Name}'");
            await selectors.Find(App, "list.addButton").ClickAsync().ConfigureAwait(false);
            dialog = selectors.Find(App, "panel.addDialog");
        }
        else
        {
            var row = RowOf(connection.Name);
            if (await row.CountAsync().ConfigureAwait(false) == 0)
                throw new BusinessFaultException($"'{connection.Name}' is not in the Cloud's list, so it cannot be updated");
            Step($"Cloud: Edit — '{connection.Name}'");
            await selectors.Find(LocatorScope.Of(row.First), "list.editButton").ClickAsync().ConfigureAwait(false);
            dialog = selectors.Find(App, "panel.editDialog");
        }
        onList = false;
        var inside = LocatorScope.Of(dialog);
        await ShownOrExpiredAsync(selectors.Find(inside, "panel.serviceProvider")).ConfigureAwait(false);
        add?.Done(mode == WriteMode.Create ? "Add panel open" : "Edit panel open (update)");

        // Guide step 3 copies every field, the Service Provider among them (chosen first: it decides which fields show).
        using var copy = guide is null ? null : await guide.BeginAsync(GuideStep.CopyFields, connection.Name).ConfigureAwait(false);
        evidence?.WriteCloudFields(connection);
        Step($"Cloud: fill the panel (Service Provider {connection.ServiceProvider})");
        await ChooseAsync(inside, "panel.serviceProvider", connection.ServiceProvider).ConfigureAwait(false);
        await selectors.Find(inside, "panel.name").FillAsync(connection.Name).ConfigureAwait(false);
        await selectors.Find(inside, "panel.description").FillAsync(connection.Description).ConfigureAwait(false);
        if (connection.Encryption.Length > 0)
            await ChooseAsync(inside, "panel.encryption", connection.Encryption).ConfigureAwait(false);
        await selectors.Find(inside, "panel.host").FillAsync(connection.Host).ConfigureAwait(false);
        await selectors.Find(inside, "panel.port").FillAsync(Number(connection.Port)).ConfigureAwait(false);
        await selectors.Find(inside, "panel.username").FillAsync(connection.Username).ConfigureAwait(false);
        if (connection.OAuth2Credentials is { } credentials)
        {
            var combo = selectors.Find(inside, "panel.oauth2Credentials");
            var none = selectors.Find(inside, "panel.noOAuth2Clients");
            await combo.Or(none).First.WaitForAsync().ConfigureAwait(false);
            if (await PageGuard.ShownAsync(none).ConfigureAwait(false))
            {
                await CancelAsync(inside, dialog).ConfigureAwait(false);
                throw new BusinessFaultException(
                    $"the Cloud has no OAuth2 client settings for {connection.ServiceProvider}: the OAuth2 credentials must be migrated first");
            }
            await ChooseAsync(inside, "panel.oauth2Credentials", credentials).ConfigureAwait(false);
        }
        else
        {
            await FillSecretAsync(selectors.Find(inside, "panel.password"), connection.Password ?? "").ConfigureAwait(false);
        }
        await selectors.Find(inside, "panel.timeout").FillAsync(Number(connection.Timeout)).ConfigureAwait(false);
        copy?.Done("Name, Description, Encryption, Host, Port, Username, " + (connection.OAuth2Credentials is null ? "Password (masked)" : "OAuth2 Credentials") + ", Timeout");

        if (guide is not null)
        {
            // Guide step 4: the Service Provider shown is the one the Protocol calls for, and why.
            using var provider = await guide.BeginAsync(GuideStep.ServiceProvider, connection.Name).ConfigureAwait(false);
            var shown = Flatten(await selectors.Find(inside, "panel.serviceProvider").InnerTextAsync().ConfigureAwait(false));
            provider.Done($"{shown}: {ProviderReason(connection)}");
        }
        var passwordField = selectors.Find(inside, "panel.password");
        if (evidence is not null)
            await evidence.ShotAsync(connection.Name, EvidenceFolder.CloudFilledShot, Page, dialog, [passwordField], selectors.Find(Top, "app.frame")).ConfigureAwait(false);
        using var test = guide is null ? null : await guide.BeginAsync(GuideStep.TestConnection, connection.Name).ConfigureAwait(false);

        Step("Cloud: Test Connection");
        var testText = await TestConnectionAsync(inside, connection).ConfigureAwait(false);
        var passed = selectors["panel.testSuccess"].MatchesText(testText);
        var scrubbedTest = SecretText.Scrub(testText, [connection.Password]);
        test?.Done((passed ? "passed: " : "failed: ") + scrubbedTest);
        var folder = evidence is null ? ""
            : await evidence.ShotAsync(connection.Name, EvidenceFolder.TestResultShot, Page, dialog, [passwordField], selectors.Find(Top, "app.frame")).ConfigureAwait(false);
        if (!passed && IsServerFault(testText))
        {
            await CancelAsync(inside, dialog).ConfigureAwait(false);
            throw new SystemFaultException($"Test Connection: {scrubbedTest}");
        }
        if (!passed && !saveOnTestFailure)
        {
            var failure = await FailureShotAsync(connection.Name).ConfigureAwait(false);
            var shot = folder.Length > 0 ? folder : failure.Length > 0 ? failure : await EvidenceAsync(connection.Name, "test-failed").ConfigureAwait(false);
            Step("Cloud: the test failed; Cancel without saving");
            await CancelAsync(inside, dialog).ConfigureAwait(false);
            return new CloudWriteResult(false, scrubbedTest, false, "not saved because Test Connection failed", shot);
        }

        using var save = guide is null ? null : await guide.BeginAsync(GuideStep.Save, connection.Name).ConfigureAwait(false);
        Step("Cloud: Save");
        await selectors.Find(inside, "panel.saveButton").ClickAsync().ConfigureAwait(false);
        var errorFlag = selectors.Find(App, "panel.errorFlag");
        var outcome = await PageGuard.UntilAsync(async () =>
            await ExpiredNowAsync().ConfigureAwait(false) ? throw Expired()
            : await PageGuard.ShownAsync(errorFlag).ConfigureAwait(false) ? "error"
            : !await PageGuard.ShownAsync(dialog).ConfigureAwait(false) ? "closed"
            : null, Timeout, "the Save to answer").ConfigureAwait(false);
        if (outcome == "error")
        {
            var flag = SecretText.Scrub(await FlagTextAsync(errorFlag).ConfigureAwait(false), [connection.Password]);
            var refused = await FailureShotAsync(connection.Name).ConfigureAwait(false);
            if (refused.Length == 0) refused = await EvidenceAsync(connection.Name, "save-refused").ConfigureAwait(false);
            save?.Done("refused: " + flag);
            await CancelAsync(inside, dialog).ConfigureAwait(false);
            if (IsServerFault(flag) || SessionExpiredText(flag)) throw new SystemFaultException($"Save: {flag}");
            throw new BusinessFaultException($"Save refused: {flag}" + (refused.Length > 0 ? $" (see {refused})" : ""));
        }

        Step($"Cloud: confirm that '{connection.Name}' is in the list");
        var successFlag = selectors.Find(App, "panel.successFlag");
        var savedText = await PageGuard.ShownAsync(successFlag).ConfigureAwait(false)
            ? await FlagTextAsync(successFlag).ConfigureAwait(false)
            : "saved";
        await WaitForListAsync().ConfigureAwait(false);
        await ShownOrExpiredAsync(RowOf(connection.Name)).ConfigureAwait(false);
        var message = passed ? savedText : $"{savedText} (saved although Test Connection failed)";
        save?.Done("saved, in the list: " + SecretText.Scrub(savedText, [connection.Password]));
        return new CloudWriteResult(passed, scrubbedTest, true, SecretText.Scrub(message, [connection.Password]), folder);
    }

    /// <summary>A flag's words without its icon and its dismiss button (decorations are aria-hidden or buttons).</summary>
    private static async Task<string> FlagTextAsync(ILocator flag) =>
        Flatten(await flag.First.EvaluateAsync<string>(
            "f => { const c = f.cloneNode(true); c.querySelectorAll('[aria-hidden=\"true\"], button').forEach(n => n.remove()); " +
            "const leaves = [...c.querySelectorAll('*')].filter(e => e.children.length === 0).map(e => e.textContent); " +
            "return leaves.length ? leaves.join(' ') : (c.textContent || ''); }")
            .ConfigureAwait(false));

    /// <summary>Clicks Test Connection and returns what the status area says once the test is over.</summary>
    private async Task<string> TestConnectionAsync(LocatorScope inside, CloudConnection connection)
    {
        var button = selectors.Find(inside, "panel.testButton");
        var status = selectors.Find(inside, "panel.testResult");
        await button.ClickAsync().ConfigureAwait(false);
        // The mail server may take up to the connection's own timeout to answer.
        var limit = Timeout + TimeSpan.FromMilliseconds(Math.Max(connection.Timeout ?? 0, 0)) + TimeSpan.FromSeconds(5);
        var running = selectors.Has("panel.testRunning") ? selectors["panel.testRunning"] : null;
        return await PageGuard.UntilAsync(async () =>
        {
            if (await ExpiredNowAsync().ConfigureAwait(false)) throw Expired();
            if (!await PageGuard.ShownAsync(status).ConfigureAwait(false)) return null;
            if (!await button.IsEnabledAsync().ConfigureAwait(false)) return null;
            var text = Flatten(await status.First.InnerTextAsync().ConfigureAwait(false));
            if (text.Length == 0 || (running is not null && running.MatchesText(text))) return null;
            return text;
        }, limit, "Test Connection's result").ConfigureAwait(false);
    }

    /// <summary>Opens a custom dropdown (div role=combobox) and clicks the option of exactly that name.</summary>
    private async Task ChooseAsync(LocatorScope inside, string comboKey, string value)
    {
        var combo = selectors.Find(inside, comboKey);
        var current = Flatten(await combo.InnerTextAsync().ConfigureAwait(false));
        if (string.Equals(current, value, StringComparison.Ordinal)) return;
        await combo.ClickAsync().ConfigureAwait(false);
        var anyOption = selectors.Find(inside, "panel.option", value: "");
        await anyOption.First.WaitForAsync().ConfigureAwait(false);
        var option = selectors.Find(inside, "panel.option", value: value);
        if (await option.CountAsync().ConfigureAwait(false) == 0)
        {
            var offered = await anyOption.AllInnerTextsAsync().ConfigureAwait(false);
            await combo.PressAsync("Escape").ConfigureAwait(false);
            throw new BusinessFaultException(
                $"'{value}' is not offered by {selectors[comboKey]} (offered: {string.Join(", ", offered.Select(Flatten))})");
        }
        await option.First.ClickAsync().ConfigureAwait(false);
        await PageGuard.UntilAsync(async () =>
            string.Equals(Flatten(await combo.InnerTextAsync().ConfigureAwait(false)), value, StringComparison.Ordinal) ? "chosen" : null,
            Timeout, $"{selectors[comboKey]} to show '{value}'").ConfigureAwait(false);
    }

    private async Task CancelAsync(LocatorScope inside, ILocator dialog)
    {
        try
        {
            if (!await PageGuard.ShownAsync(dialog).ConfigureAwait(false)) return;
            await selectors.Find(inside, "panel.cancelButton").ClickAsync().ConfigureAwait(false);
            await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden }).ConfigureAwait(false);
            onList = true;
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error))
        {
            onList = false; // the next call opens the page afresh
            reloadNeeded = true;
        }
    }

    /// <summary>The fields of an existing connection as its Edit panel shows them (the password stays blank there).</summary>
    private async Task<CloudConnection> ReadBackAsync(string name)
    {
        await EnsureListAsync(CancellationToken.None).ConfigureAwait(false);
        await selectors.Find(LocatorScope.Of(RowOf(name).First), "list.editButton").ClickAsync().ConfigureAwait(false);
        onList = false;
        var dialog = selectors.Find(App, "panel.editDialog");
        var inside = LocatorScope.Of(dialog);
        var provider = selectors.Find(inside, "panel.serviceProvider");
        await ShownOrExpiredAsync(provider).ConfigureAwait(false);
        var oauth = selectors.Find(inside, "panel.oauth2Credentials");
        var read = new CloudConnection(
            Name: await selectors.Find(inside, "panel.name").InputValueAsync().ConfigureAwait(false),
            Description: await selectors.Find(inside, "panel.description").InputValueAsync().ConfigureAwait(false),
            ServiceProvider: Flatten(await provider.InnerTextAsync().ConfigureAwait(false)),
            Encryption: Flatten(await selectors.Find(inside, "panel.encryption").InnerTextAsync().ConfigureAwait(false)),
            Host: await selectors.Find(inside, "panel.host").InputValueAsync().ConfigureAwait(false),
            Port: ParseNumber(await selectors.Find(inside, "panel.port").InputValueAsync().ConfigureAwait(false)),
            Username: await selectors.Find(inside, "panel.username").InputValueAsync().ConfigureAwait(false),
            Password: null,
            Timeout: ParseNumber(await selectors.Find(inside, "panel.timeout").InputValueAsync().ConfigureAwait(false)),
            OAuth2Credentials: await PageGuard.ShownAsync(oauth).ConfigureAwait(false)
                ? Flatten(await oauth.InnerTextAsync().ConfigureAwait(false))
                : null);
        await CancelAsync(inside, dialog).ConfigureAwait(false);
        return read;
    }

    // ---------------------------------------------------------------- faults and evidence

    /// <summary>Runs one call; machinery faults become <see cref="SystemFaultException"/>, naming an expired session when that is the cause.</summary>
    private async Task<T> GuardAsync<T>(string what, Func<Task<T>> action, string? secret = null)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error))
        {
            onList = false;
            reloadNeeded = true;
            var cause = await SessionExpiredAsync().ConfigureAwait(false)
                ? "the Cloud session has expired"
                : PageGuard.Short(error);
            var evidence = await EvidenceAsync(what, "fault").ConfigureAwait(false);
            throw new SystemFaultException($"{what} (at '{lastStep}'): {SecretText.Scrub(cause, [secret])}" + (evidence.Length > 0 ? $" (screenshot: {evidence})" : ""), error);
        }
    }

    private async Task<bool> SessionExpiredAsync()
    {
        if (page is null) return false;
        try
        {
            return await PageGuard.ShownAsync(selectors.Find(Top, "login.email")).ConfigureAwait(false)
                || await PageGuard.ShownAsync(selectors.Find(App, "app.sessionExpired")).ConfigureAwait(false);
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error))
        {
            return false;
        }
    }

    /// <summary>Waits for <paramref name="target"/> inside the app; the app's "session has expired" page ends the wait at once.</summary>
    private async Task ShownOrExpiredAsync(ILocator target)
    {
        var expired = selectors.Find(App, "app.sessionExpired");
        await target.First.Or(expired).First.WaitForAsync().ConfigureAwait(false);
        if (await PageGuard.ShownAsync(expired).ConfigureAwait(false) && !await PageGuard.ShownAsync(target).ConfigureAwait(false))
            throw Expired();
    }

    private Task<bool> ExpiredNowAsync() => PageGuard.ShownAsync(selectors.Find(App, "app.sessionExpired"));

    private SystemFaultException Expired()
    {
        onList = false;
        reloadNeeded = true;
        return new SystemFaultException("the Cloud session has expired");
    }

    private bool SessionExpiredText(string text) => selectors["app.sessionExpired"].MatchesText(text);

    /// <summary>An HTTP 5xx answer shown by the app: the machinery, not the data, so worth another try.</summary>
    private static bool IsServerFault(string text) => ServerErrorPattern().IsMatch(text);

    [GeneratedRegex(@"\bHTTP\s*5\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex ServerErrorPattern();

    private async Task<string> EvidenceAsync(string name, string what)
    {
        if (options.EvidenceFolder is null || page is null) return "";
        try
        {
            Directory.CreateDirectory(options.EvidenceFolder);
            var file = Path.Combine(options.EvidenceFolder,
                $"{DateTime.UtcNow:yyyyMMdd'T'HHmmss}-{Interlocked.Increment(ref evidenceCount):000}-{SafeFileName(name)}-{what}.png");
            // Password fields show dots only; nothing secret is in the picture.
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true }).ConfigureAwait(false);
            return file;
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error) || error is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>With traces on: the page as it is, password fields masked, as the connection's failure.png; its path or "".</summary>
    private async Task<string> FailureShotAsync(string connection)
    {
        if (options.Traces is not { } folder || page is null) return "";
        failureShotTaken = true;
        var passwords = "input[type=password]";
        ILocator[] masked = [Page.Locator(passwords), selectors.Find(Top, "app.frame").ContentFrame.Locator(passwords)];
        var written = await folder.ShotAsync(connection, EvidenceFolder.FailureShot, Page, null, masked).ConfigureAwait(false);
        return written.Length > 0 ? Path.Combine(written, EvidenceFolder.FailureShot) : "";
    }

    private static string SafeFileName(string name)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (safe.Contains("--", StringComparison.Ordinal)) safe = safe.Replace("--", "-", StringComparison.Ordinal);
        return safe.Length == 0 ? "connection" : safe.Length > 60 ? safe[..60] : safe;
    }

    /// <summary>Why the guide's step 4 calls for this Service Provider.</summary>
    private static string ProviderReason(CloudConnection connection) =>
        connection.OAuth2Credentials is { } credentials
            ? $"the Server's Protocol uses OAuth Credentials, so the provider of the account type, with OAuth2 Credentials '{credentials}'"
            : connection.ServiceProvider.Contains("POP3", StringComparison.OrdinalIgnoreCase)
                ? "the Server's Protocol contains POP3"
                : connection.ServiceProvider.Contains("IMAP", StringComparison.OrdinalIgnoreCase)
                    ? "the Server's Protocol contains IMAP"
                    : "as the mapping rules say";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static int? ParseNumber(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

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
