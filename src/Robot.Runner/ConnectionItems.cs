using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>The first kind on the runner's loop: Incoming Mail Connections, each written by <see cref="ConnectionProcessor"/> and recorded in results.csv.</summary>
internal sealed class ConnectionItems : IRunKind<PlannedConnection, ICloudSite, ConnectionResult>
{
    private readonly RunnerOptions options;
    private readonly CloudSiteFactory siteFactory;
    private readonly IResultsLedger ledger;
    private readonly ConnectionProcessor processor;

    public ConnectionItems(RunnerOptions options, CloudSiteFactory siteFactory, IResultsLedger ledger)
    {
        this.options = options;
        this.siteFactory = siteFactory;
        this.ledger = ledger;
        processor = new ConnectionProcessor(options, new GuardedWrites(RetryPolicy.Build(options), Stops));
    }

    public RunStops Stops { get; } = new();

    public string NameOf(PlannedConnection item) => item.Name;

    public Task<ICloudSite> OpenSiteAsync(int worker, CancellationToken cancellationToken) => siteFactory(worker, cancellationToken);

    public async Task<ConnectionResult> ProcessAsync(PlannedConnection item, SiteLease<ICloudSite> lease) =>
        new(item, await processor.ProcessAsync(item, lease).ConfigureAwait(false));

    public void Record(PlannedConnection item, ConnectionResult result) =>
        ledger.Append(LedgerRow.From(options.RunId, options.TimeProvider.GetUtcNow(), item, result.Outcome), item.Secrets);
}
