using Robot.Domain;
using Robot.Domain.Kinds.OAuth2;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>
/// The second kind on the runner's loop: OAuth2 Credentials, each created or updated on Cloud through the same retry
/// pipeline and fault sorting as a connection (<see cref="GuardedWrites"/>) and recorded in oauth2-credentials.csv.
/// A credential the plan does not write is recorded as decided.
/// </summary>
internal sealed class CredentialItems : IRunKind<PlannedCredential, ICloudCredentialSite, CredentialOutcome>
{
    private readonly Func<int, CancellationToken, Task<ICloudCredentialSite>> siteFactory;
    private readonly ICredentialLedger ledger;
    private readonly GuardedWrites writes;

    public CredentialItems(RunnerOptions options, Func<int, CancellationToken, Task<ICloudCredentialSite>> siteFactory, ICredentialLedger ledger)
    {
        this.siteFactory = siteFactory;
        this.ledger = ledger;
        writes = new GuardedWrites(RetryPolicy.Build(options), Stops);
    }

    public RunStops Stops { get; } = new();

    public string NameOf(PlannedCredential item) => item.Name;

    public Task<ICloudCredentialSite> OpenSiteAsync(int worker, CancellationToken cancellationToken) => siteFactory(worker, cancellationToken);

    public async Task<CredentialOutcome> ProcessAsync(PlannedCredential item, SiteLease<ICloudCredentialSite> lease)
    {
        var provider = item.Cloud?.ServiceProvider ?? item.Server.ServiceProvider;
        if (!item.Decision.IsActionable())
            return new(item.Name, ConnectionStatuses.Untouched(item.Decision), provider, item.Existing?.CallbackUrl ?? "", item.Reason);
        var cloud = item.Cloud ?? throw new InvalidOperationException($"'{item.Name}' is planned for {item.Decision} without a Cloud record");
        var mode = item.Decision == PlanDecision.Create ? WriteMode.Create : WriteMode.Update;
        var written = await writes.RunAsync(async (_, cancellationToken) =>
        {
            var site = await lease.GetAsync(cancellationToken).ConfigureAwait(false);
            return await site.WriteAsync(cloud, mode, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        if (written.Fault is { } fault)
            return new(item.Name, ConnectionStatus.Failed, provider, "", SecretText.Scrub(fault, SecretsOf(item)));
        return new(item.Name, mode == WriteMode.Create ? ConnectionStatus.Migrated : ConnectionStatus.Updated, provider, written.Value,
            mode == WriteMode.Create ? "created on Cloud and seen in its list" : $"edited on Cloud: {item.Reason}");
    }

    public void Record(PlannedCredential item, CredentialOutcome result) => ledger.Append(result, SecretsOf(item));

    private static Secret?[] SecretsOf(PlannedCredential item) => [item.Server.ClientSecret, item.Cloud?.ClientSecret];
}
