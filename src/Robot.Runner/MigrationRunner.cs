using System.Collections.Concurrent;
using System.Threading.Channels;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>
/// Carries out a plan with N workers and records each connection in the ledger as soon as it ends.
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
        var todo = plan.Where(planned => !doneBefore.Contains(planned.Name)).ToList();

        var queue = Channel.CreateUnbounded<PlannedConnection>();
        foreach (var planned in todo) queue.Writer.TryWrite(planned);
        queue.Writer.Complete();

        var processor = new ConnectionProcessor(options, RetryPolicy.Build(options));
        var results = new ConcurrentQueue<ConnectionResult>();
        using var halt = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var workerCount = Math.Clamp(options.Workers, 1, Math.Max(1, todo.Count));
        var workers = Enumerable.Range(0, workerCount)
            .Select(index => Task.Run(() => WorkAsync(index, queue.Reader, processor, results, progress, halt)))
            .ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);

        var finished = results.ToList();
        var summary = RunSummary.From(
            finished.Select(result => result.Outcome.Status),
            skippedAsDone: plan.Count - todo.Count,
            notStarted: todo.Count - finished.Count,
            stoppedBy: processor.StoppedBy,
            sessionExpired: processor.SessionExpired);
        return new RunResult(options.RunId, finished, summary);
    }

    private async Task WorkAsync(
        int index,
        ChannelReader<PlannedConnection> queue,
        ConnectionProcessor processor,
        ConcurrentQueue<ConnectionResult> results,
        IProgress<ConnectionResult>? progress,
        CancellationTokenSource halt)
    {
        var lease = new SiteLease(index, siteFactory);
        await using var leaseDisposal = lease.ConfigureAwait(false);
        while (!halt.IsCancellationRequested && queue.TryRead(out var planned))
        {
            var outcome = await processor.ProcessAsync(planned, lease).ConfigureAwait(false);
            var row = LedgerRow.From(options.RunId, options.TimeProvider.GetUtcNow(), planned, outcome);
            try
            {
                ledger.Append(row, planned.Secrets);
            }
            catch
            {
                // A run that cannot record what it did must not go on changing the Cloud.
                await halt.CancelAsync().ConfigureAwait(false);
                throw;
            }
            var result = new ConnectionResult(planned, outcome);
            results.Enqueue(result);
            progress?.Report(result);
            // A changed UI fails every connection the same way: the others in hand finish, no new one starts.
            // So does an expired saved session: nothing can be written until a person logs in again.
            if (processor.StoppedBy is not null || processor.SessionExpired is not null) await halt.CancelAsync().ConfigureAwait(false);
        }
    }
}
