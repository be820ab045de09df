using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>
/// Carries out a plan of connections with N workers and records each connection in the ledger as soon as it ends: the
/// first kind on the runner's loop (<see cref="ItemRunner{TItem,TSite,TResult}"/>, <see cref="ConnectionItems"/>).
/// Stopping (the token passed to <see cref="RunAsync"/>) lets every worker finish and record the connection in hand.
/// </summary>
public sealed class MigrationRunner(RunnerOptions options, CloudSiteFactory siteFactory, IResultsLedger ledger)
{
    /// <param name="plan">The plan; connections whose latest row in <paramref name="previousRows"/> is done are skipped.</param>
    /// <param name="previousRows">Rows of earlier runs, for --resume; empty or null for a fresh run.</param>
    /// <param name="progress">Told of each connection as it ends.</param>
    /// <param name="stop">Stops the run after the connections in hand.</param>
    public async Task<RunResult> RunAsync(
        IReadOnlyList<PlannedConnection> plan,
        IReadOnlyList<LedgerRow>? previousRows = null,
        IProgress<ConnectionResult>? progress = null,
        CancellationToken stop = default)
    {
        var doneBefore = LedgerHistory.DoneNames(previousRows ?? []);
        var connections = new ConnectionItems(options, siteFactory, ledger);
        var run = await new ItemRunner<PlannedConnection, ICloudSite, ConnectionResult>(options.Workers, connections)
            .RunAsync(plan, doneBefore, progress, stop).ConfigureAwait(false);
        var summary = RunSummary.From(
            run.Finished.Select(result => result.Outcome.Status),
            skippedAsDone: run.SkippedAsDone,
            notStarted: run.NotStarted.Count,
            stoppedBy: run.StoppedBy,
            sessionExpired: run.SessionExpired);
        return new RunResult(options.RunId, run.Finished, summary);
    }
}
