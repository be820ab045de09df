using Robot.Adapters.Browser.Credentials;
using Robot.Adapters.Ledger;
using Robot.Domain;
using Robot.Domain.Kinds.OAuth2;
using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Application;

/// <summary>
/// The vendor's prerequisite page: the OAuth2 Credentials the planned connections use (or, with --kind
/// oauth2-credentials alone, every one --only names) are read on the Server and compared with the Cloud's; migrate
/// then creates or updates them there (oauth2-credentials.csv), plan only writes what it would do (oauth2-credentials-plan.csv).
/// </summary>
public sealed class CredentialMigration(RobotSites sites, ISessionOutput output)
{
    private RobotConfiguration Config => sites.Config;

    /// <param name="wanted">The credential names to migrate, compared without case; null: every one --only accepts.</param>
    public async Task<IReadOnlyList<CredentialOutcome>> MigrateAsync(IReadOnlySet<string>? wanted)
    {
        if (wanted is { Count: 0 } || OpenPages() is not ({ } server, { } cloud)) return [];
        await using var serverDisposal = server.ConfigureAwait(false);
        await using var cloudDisposal = cloud.ConfigureAwait(false);
        var ledger = new CsvCredentialsLedger(Path.Combine(Config.OutputFolder, CredentialsCsvWriter.FileName), sites.Request.Resume, sites.RunSecrets);
        var read = await ReadAndPlanAsync(server, cloud, wanted).ConfigureAwait(false);
        if (read.Unreadable is { } reason)
            return Record(ledger, Unread(wanted, reason));

        // The same loop as the connections': one worker on the page that read the Cloud's list.
        var runner = new CredentialRunner(RunnerOptions(), (_, _) => Task.FromResult<ICloudCredentialSite>(cloud), ledger);
        var run = await runner.RunAsync(read.Plan, sites.Request.Resume ? ledger.DoneBefore : new HashSet<string>(),
            new SyncProgress<CredentialOutcome>(outcome => output.Line($"OAuth2 Credentials '{outcome.Name}': {outcome.Status.ToWire()} — {outcome.Message}")),
            sites.Abort).ConfigureAwait(false);
        if (run.SkippedAsDone > 0) output.Line($"OAuth2 Credentials: {run.SkippedAsDone} done by an earlier run are skipped");
        var notStarted = run.NotStarted.Select(planned => NotStarted(planned, run.StoppedBy ?? run.SessionExpired));
        return [.. run.Finished, .. notStarted, .. Record(ledger, read.Missing.Select(Missing).ToList())];
    }

    private RunnerOptions RunnerOptions() => new()
    {
        Workers = 1,
        RetryCount = Config.Settings.Retry.Count,
        RetryBaseDelay = TimeSpan.FromMilliseconds(Config.Settings.Retry.BaseDelayMs),
    };

    /// <summary>Left by a stopped run: not recorded, so that --resume tries it; its connections are held for this reason.</summary>
    private static CredentialOutcome NotStarted(PlannedCredential planned, string? why) =>
        new(planned.Name, ConnectionStatus.Failed, planned.Cloud?.ServiceProvider ?? planned.Server.ServiceProvider, "",
            "not started: " + (why ?? "the run was stopped"));

    /// <summary>plan: each credential's decision, said and written to oauth2-credentials-plan.csv; the Cloud is not touched.</summary>
    public async Task<IReadOnlyList<CredentialOutcome>> PlanAsync(IReadOnlySet<string>? wanted)
    {
        if (wanted is { Count: 0 } || OpenPages() is not ({ } server, { } cloud)) return [];
        await using var serverDisposal = server.ConfigureAwait(false);
        await using var cloudDisposal = cloud.ConfigureAwait(false);
        var read = await ReadAndPlanAsync(server, cloud, wanted).ConfigureAwait(false);
        if (read.Unreadable is { } reason)
            return Unread(wanted, reason);
        var rows = read.Plan.Select(planned => new CredentialPlanCsvRow(OAuth2Credentials.Word, planned.Name, planned.Decision.ToWire(),
                planned.Cloud?.ServiceProvider ?? planned.Server.ServiceProvider, SecretText.Scrub(planned.Reason, sites.RunSecrets)))
            .Concat(read.Missing.Select(name => new CredentialPlanCsvRow(OAuth2Credentials.Word, name, PlanDecision.Failed.ToWire(), "", MissingReason)))
            .ToList();
        foreach (var row in rows) output.Line($"OAuth2 Credentials '{row.Name}': {row.Decision} — {row.Reason}");
        var path = Path.Combine(Config.OutputFolder, CredentialsCsvWriter.PlanFileName);
        CredentialsCsvWriter.WritePlan(path, rows);
        output.Line($"OAuth2 Credentials plan: {path}");
        return read.Plan.Select(Predicted).Concat(read.Missing.Select(Missing)).ToList();
    }

    private (PlaywrightServerCredentials Server, PlaywrightCloudCredentials Cloud)? OpenPages()
    {
        if (sites.NewCredentialPages() is { } pages) return pages;
        output.Line("OAuth2 Credentials are not migrated: the selectors files have no oauthPanel keys for them");
        return null;
    }

    private sealed record Reading(IReadOnlyList<PlannedCredential> Plan, IReadOnlyList<string> Missing, string? Unreadable = null);

    private async Task<Reading> ReadAndPlanAsync(PlaywrightServerCredentials server, PlaywrightCloudCredentials cloud, IReadOnlySet<string>? wanted)
    {
        bool Include(string name) => wanted?.Contains(name) ?? NameGlob.MatchesAny(sites.Request.Only, name);
        output.Line("Reading the Server's OAuth2 Credentials …");
        IReadOnlyList<ServerOAuth2Credential> onServer;
        IReadOnlyList<CloudOAuth2Credential> onCloud;
        try
        {
            onServer = await server.ReadAsync(Include, sites.Abort).ConfigureAwait(false);
            sites.RunSecrets.Add(onServer.Select(c => c.ClientSecret?.Reveal()));
            onCloud = await cloud.ListAsync(Include, sites.Abort).ConfigureAwait(false);
        }
        catch (Exception fault) when (fault is SystemFaultException or BusinessFaultException)
        {
            // The connections go on without them (those that need them are blocked, as before); the credentials say why.
            var reason = SecretText.Scrub(fault.Message, sites.RunSecrets);
            output.Line($"OAuth2 Credentials could not be read: {reason}");
            return new([], [], reason);
        }
        var providers = OAuth2ProviderMap.FromSettings(Config.Settings.ValueMaps.OAuth2Providers);
        var plan = new CredentialPlanner(providers, Config.Settings.UpdateExisting, Config.Secrets.PasswordFor).Plan(onServer, onCloud);
        sites.RunSecrets.Add(plan.Select(p => p.Cloud?.ClientSecret?.Reveal()));
        var missing = wanted?.Where(name => !onServer.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))).ToList() ?? [];
        return new(plan, missing);
    }

    private const string MissingReason = "used by a Server connection but not in the Server's OAuth2 Credentials list";

    /// <summary>Each wanted credential failed for the one reason the Server's list could not be read.</summary>
    private static List<CredentialOutcome> Unread(IReadOnlySet<string>? wanted, string reason) =>
        (wanted ?? new HashSet<string>()).Select(name => new CredentialOutcome(name, ConnectionStatus.Failed, "", "", reason) { OnServer = false }).ToList();

    private static CredentialOutcome Missing(string name) => new(name, ConnectionStatus.Failed, "", "", MissingReason) { OnServer = false };

    /// <summary>What migrate would make of a planned credential: on Cloud after a create or update, else held as decided.</summary>
    private static CredentialOutcome Predicted(PlannedCredential planned)
    {
        var provider = planned.Cloud?.ServiceProvider ?? planned.Server.ServiceProvider;
        var status = planned.Decision switch
        {
            PlanDecision.Create => ConnectionStatus.Migrated,
            PlanDecision.Update => ConnectionStatus.Updated,
            _ => ConnectionStatuses.Untouched(planned.Decision),
        };
        return new(planned.Name, status, provider, planned.Existing?.CallbackUrl ?? "", planned.Reason);
    }

    private static List<CredentialOutcome> Record(CsvCredentialsLedger ledger, List<CredentialOutcome> outcomes)
    {
        foreach (var outcome in outcomes) ledger.Append(outcome, []);
        return outcomes;
    }
}
