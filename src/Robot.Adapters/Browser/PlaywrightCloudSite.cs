using Microsoft.Playwright;
using Robot.Adapters.Configuration;
using Robot.Adapters.Evidence;
using Robot.Domain;
using Robot.Domain.Kinds;
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

    /// <summary>Words of a Cloud message that mean a system fault (retried); see RetrySettings.FaultWords.</summary>
    public IReadOnlyList<string> FaultWords { get; init; } = RetrySettings.DefaultFaultWords;

    /// <summary>The clock evidence file names are stamped with.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Secrets a trace may not hold beyond the connection's password and this site's login (the other site's login).</summary>
    public IEnumerable<string?> MaskAlso { get; init; } = [];

    /// <summary>Further watchers of the guide's steps, told after the step log, evidence and traces above.</summary>
    public IReadOnlyList<IGuideStepObserver> Observers { get; init; } = [];

    /// <summary>--enable: after Save, enable each connection whose Test Connection passed (the Cloud creates them disabled).</summary>
    public bool EnableTested { get; init; }
}

/// <summary>
/// The Cloud admin UI along the guide: two-step login, the app's admin page, inside the app's iframe the
/// Administration tab → INCOMING MAILS → Incoming Mail Connections; Add (or the row's Edit), fill the panel, Test
/// Connection, Save, confirm the row. Every word it looks for comes from selectors/cloud.json. This class holds the
/// parts together and keeps a trace of each failed write; <see cref="CloudWriter"/> does the writing.
/// </summary>
public sealed class PlaywrightCloudSite : ICloudSite, IAsyncDisposable
{
    public static readonly IReadOnlyList<string> SelectorKeys =
    [
        "login.email", "login.continue", "login.password", "login.submit",
        "app.frame", "app.sessionExpired", "app.administrationTab", "app.connectionsLink", "app.oauthCredentialsLink",
        "list.heading", "list.addButton", "list.row", "list.nameCell", "list.editButton", "list.loading",
        "oauthList.heading", "oauthList.row",
        "panel.addDialog", "panel.editDialog", "panel.option",
        .. IncomingMailConnections.Kind.Fields.CloudKeys,
        "panel.testButton", "panel.testResult", "panel.testSuccess",
        "panel.saveButton", "panel.cancelButton", "panel.successFlag", "panel.errorFlag",
    ];

    /// <summary>Keys used when present: the text Test Connection shows while it runs.</summary>
    public static readonly IReadOnlyList<string> OptionalKeys =
        ["panel.testRunning", .. IncomingMailConnections.Kind.Fields.OptionalCloudKeys, .. CloudRowState.Keys];

    public static readonly IReadOnlyList<string> PathKeys = ["login.path", "app.path"];

    private readonly CloudPage cloud;
    private readonly SiteLogin login;
    private readonly CloudFaults faults;
    private readonly Lazy<Parts> parts;
    private readonly GuideStepObservers steps;

    public PlaywrightCloudSite(IBrowser browser, PlaywrightSettings settings, SiteSelectors selectors, SiteLogin login,
        CloudSiteOptions? options = null, Action<string>? log = null)
    {
        this.login = login;
        cloud = new CloudPage(browser, settings, selectors, login, options ?? new CloudSiteOptions(), log);
        faults = new CloudFaults(cloud);
        steps = GuideStepObservers.Of(cloud.Options.Guide, cloud.Options.Evidence, cloud.Options.Traces, cloud.Options.Observers);
        parts = new Lazy<Parts>(() => new Parts(cloud, faults, Session, steps));
    }

    /// <summary>Checks cloud.json up front: every key this page object needs, parsed.</summary>
    public static SiteSelectors CheckSelectors(SelectorCatalog catalog) => new(catalog, SelectorKeys, PathKeys, OptionalKeys);

    /// <summary>The Cloud login shared with the run's other Cloud pages (logged in once); null logs in on its own.</summary>
    public SharedSession? Session { get; init; }

    private CloudSiteOptions Options => cloud.Options;

    /// <summary>Logs in and opens the connections list; a refused login is a <see cref="SiteLoginException"/>.</summary>
    public Task OpenAsync(CancellationToken cancellationToken) =>
        faults.GuardAsync("opening the Cloud's Incoming Mail Connections", async () =>
        {
            await parts.Value.List.OpenAsync(cancellationToken).ConfigureAwait(false);
            return true;
        });

    public Task<IReadOnlyList<ExistingCloudConnection>> ListConnectionsAsync(CancellationToken cancellationToken) =>
        faults.GuardAsync("listing the Cloud's Incoming Mail Connections", async () =>
        {
            var list = parts.Value.List;
            // Usually on the list already (the login opened it): the one on screen is read, not loaded again.
            await list.EnsureAsync(cancellationToken).ConfigureAwait(false);
            var names = await list.NamesAsync().ConfigureAwait(false);
            var states = await parts.Value.States.ReadAllAsync().ConfigureAwait(false);
            await list.ThrowUnlessStillListedAsync("its names were read").ConfigureAwait(false);
            var found = new List<ExistingCloudConnection>();
            foreach (var name in names)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // With evidence on, also read so that an already-existing connection's card shows what Cloud has.
                var read = Options.ReadBackExisting || Options.Evidence is not null
                    ? await parts.Value.Writer.ReadBackAsync(name).ConfigureAwait(false)
                    : null;
                found.Add(new ExistingCloudConnection(name, Options.ReadBackExisting ? read : null) { State = states.GetValueOrDefault(name) });
            }
            return (IReadOnlyList<ExistingCloudConnection>)found;
        });

    public Task<IReadOnlyList<CloudOAuth2Client>> ListOAuth2ClientsAsync(CancellationToken cancellationToken) =>
        faults.GuardAsync("listing the Cloud's OAuth2 Credentials", () => parts.Value.List.OAuth2ClientsAsync(cancellationToken));

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        faults.GuardAsync($"looking for '{name}' on Cloud", () => parts.Value.Lookup.ExistsAsync(name, cancellationToken));

    /// <summary>
    /// The write under the watch of the observers (the trace of a failed write is kept with the page's screenshot; see
    /// <see cref="GuideStepObservers"/>); a fault is translated (<see cref="CloudFaults"/>) and given its screenshot.
    /// </summary>
    public Task<CloudWriteResult> WriteAsync(CloudConnection connection, WriteMode mode, bool saveOnTestFailure, CancellationToken cancellationToken)
    {
        faults.FailureShotTaken = false;
        var write = new ObservedWrite(connection.Name, async () =>
        {
            if (cloud.Context is null) await OpenAsync(cancellationToken).ConfigureAwait(false);
            return cloud.Context!;
        }, () => TraceSecrets(connection));
        return steps.WriteAsync(write,
            () => faults.GuardAsync($"writing '{connection.Name}' on Cloud",
                () => parts.Value.Writer.WriteAsync(connection, mode, saveOnTestFailure, cancellationToken), connection.Password, connection.Name),
            result => !result.Saved,
            async error => WithEvidence(error, await faults.FailureShotAsync(connection.Name).ConfigureAwait(false)));
    }

    /// <summary>A fault that has no screenshot yet, given the one just taken (the same fault otherwise).</summary>
    private static Exception WithEvidence(Exception error, string shot) => shot.Length == 0 ? error : error switch
    {
        ChangedUiException { Evidence.Length: 0 } changed => changed.WithEvidence(shot),
        SystemFaultException { Evidence.Length: 0 } fault => new SystemFaultException(fault.Message, fault) { Evidence = shot },
        BusinessFaultException { Evidence.Length: 0 } fault and not ChangedUiException => new BusinessFaultException(fault.Message, fault) { Evidence = shot },
        _ => error,
    };

    private IEnumerable<string?> TraceSecrets(CloudConnection connection) => [connection.Password?.Reveal(), login.PasswordToMask(), .. Options.MaskAlso];

    public async ValueTask DisposeAsync() => await cloud.CloseAsync().ConfigureAwait(false);

    /// <summary>The page's parts, made when first needed (the session is set after construction).</summary>
    private sealed class Parts
    {
        public Parts(CloudPage cloud, CloudFaults faults, SharedSession? session, GuideStepObservers steps)
        {
            var elements = new CloudElements(cloud);
            var dropdown = new CloudDropdown(cloud);
            var navigator = new CloudNavigator(cloud, elements, session);
            List = new CloudList(cloud, elements, navigator);
            var messages = new CloudMessages(cloud);
            States = new CloudRowState(cloud, List, messages);
            Lookup = new CloudListLookup(cloud, List);
            Writer = new CloudWriter(cloud, elements, List, new CloudPanelFiller(cloud, elements, dropdown), messages, faults, States, steps);
        }

        public CloudList List { get; }

        public CloudListLookup Lookup { get; }

        public CloudWriter Writer { get; }

        public CloudRowState States { get; }
    }
}
