using Robot.Adapters.Ledger;
using Robot.Domain;
using Robot.Domain.Kinds.OAuth2;
using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Application;

/// <summary>What became of one OAuth2 Credentials in a run; <see cref="CloudCallbackUrl"/> is "" when the Cloud's was not seen.</summary>
public sealed record CredentialOutcome(string Name, ConnectionStatus Status, string ServiceProvider, string CloudCallbackUrl, string Message)
{
    /// <summary>On Cloud after the run, so connections that use it are not blocked.</summary>
    public bool OnCloud => Status.IsDone();

    public string PersonAction => OnCloud && CloudCallbackUrl.Length > 0
        ? $"register {CloudCallbackUrl} as an allowed redirect URI of the app at the provider, then authorise each OAuth mailbox again"
        : "";
}

/// <summary>
/// The vendor's prerequisite page, in the same run: the OAuth2 Credentials the planned connections use (or, with
/// --kind oauth2-credentials alone, every one --only names) are read on the Server, compared with the Cloud's, created
/// or updated there, and recorded in oauth2-credentials.csv, before any connection is written.
/// </summary>
public sealed class CredentialMigration(RobotSites sites, ISessionOutput output)
{
    private RobotConfiguration Config => sites.Config;

    /// <param name="wanted">The credential names to migrate, compared without case; null: every one --only accepts.</param>
    public async Task<IReadOnlyList<CredentialOutcome>> RunAsync(IReadOnlySet<string>? wanted)
    {
        if (wanted is { Count: 0 }) return [];
        if (sites.NewCredentialPages() is not ({ } server, { } cloud))
        {
            output.Line("OAuth2 Credentials are not migrated: the selectors files have no oauthPanel keys for them");
            return [];
        }
        await using var serverDisposal = server.ConfigureAwait(false);
        await using var cloudDisposal = cloud.ConfigureAwait(false);
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
            return Record((wanted ?? new HashSet<string>()).Select(name => new CredentialOutcome(name, ConnectionStatus.Failed, "", "", reason)).ToList());
        }
        var providers = new OAuth2ProviderMap(Config.Settings.ValueMaps.OAuth2Providers.Count > 0 ? Config.Settings.ValueMaps.OAuth2Providers : OAuth2ProviderMap.Defaults);
        var plan = new CredentialPlanner(providers, Config.Settings.UpdateExisting, Config.Secrets.PasswordFor).Plan(onServer, onCloud);
        sites.RunSecrets.Add(plan.Select(p => p.Cloud?.ClientSecret?.Reveal()));

        var outcomes = new List<CredentialOutcome>();
        foreach (var planned in plan)
        {
            var outcome = await CarryOutAsync(cloud, planned).ConfigureAwait(false);
            output.Line($"OAuth2 Credentials '{outcome.Name}': {outcome.Status.ToWire()} — {outcome.Message}");
            outcomes.Add(outcome);
        }
        var missing = wanted?.Where(name => !onServer.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))).ToList() ?? [];
        outcomes.AddRange(missing.Select(name => new CredentialOutcome(name, ConnectionStatus.Failed, "", "",
            "used by a Server connection but not in the Server's OAuth2 Credentials list")));
        return Record(outcomes);
    }

    private List<CredentialOutcome> Record(List<CredentialOutcome> outcomes)
    {
        CredentialsCsvWriter.Write(Path.Combine(Config.OutputFolder, CredentialsCsvWriter.FileName), outcomes.Select(Row));
        return outcomes;
    }

    private async Task<CredentialOutcome> CarryOutAsync(Adapters.Browser.Credentials.PlaywrightCloudCredentials cloud, PlannedCredential planned)
    {
        var provider = planned.Cloud?.ServiceProvider ?? planned.Server.ServiceProvider;
        var existingCallback = planned.Existing?.CallbackUrl ?? "";
        if (!planned.Decision.IsActionable())
            return new(planned.Name, ConnectionStatuses.Untouched(planned.Decision), provider, existingCallback, planned.Reason);
        var mode = planned.Decision == PlanDecision.Create ? WriteMode.Create : WriteMode.Update;
        var retries = RetryPolicy.Build(Config.Settings.Retry.Count, TimeSpan.FromMilliseconds(Config.Settings.Retry.BaseDelayMs), TimeProvider.System);
        try
        {
            var callback = await retries.ExecuteAsync(async token => await cloud.WriteAsync(planned.Cloud!, mode, token).ConfigureAwait(false), sites.Abort)
                .ConfigureAwait(false);
            return new(planned.Name, mode == WriteMode.Create ? ConnectionStatus.Migrated : ConnectionStatus.Updated, provider, callback,
                mode == WriteMode.Create ? "created on Cloud and seen in its list" : $"edited on Cloud: {planned.Reason}");
        }
        catch (Exception fault) when (fault is SystemFaultException or BusinessFaultException)
        {
            return new(planned.Name, ConnectionStatus.Failed, provider, "", SecretText.Scrub(fault.Message, sites.RunSecrets));
        }
    }

    private static CredentialCsvRow Row(CredentialOutcome outcome) => new(
        OAuth2Credentials.Word, outcome.Name, outcome.Status.ToWire(), outcome.ServiceProvider, outcome.CloudCallbackUrl, outcome.PersonAction, outcome.Message);
}
