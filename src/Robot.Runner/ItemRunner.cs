using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Robot.Runner;

/// <summary>What the loop did with a plan: results in the order items finished, those skipped as done before and those never started.</summary>
public sealed record ItemRun<TItem, TResult>(
    IReadOnlyList<TResult> Finished,
    int SkippedAsDone,
    IReadOnlyList<TItem> NotStarted,
    string? StoppedBy,
    string? SessionExpired);

/// <summary>
/// The runner's loop, the same for every kind: the plan's items not done before go in a queue, N workers take them one
/// by one, each with its own site, and each item is recorded in its kind's ledger as soon as it ends. Stopping (the
/// token) or a stop the kind met (<see cref="RunStops"/>) lets every worker finish and record the item in hand.
/// </summary>
public sealed class ItemRunner<TItem, TSite, TResult>(int workers, IRunKind<TItem, TSite, TResult> kind)
    where TSite : class
{
    /// <param name="doneBefore">Names an earlier run finished (--resume): their items are skipped.</param>
    public async Task<ItemRun<TItem, TResult>> RunAsync(
        IReadOnlyList<TItem> plan, IReadOnlySet<string> doneBefore, IProgress<TResult>? progress, CancellationToken stop)
    {
        var todo = plan.Where(item => !doneBefore.Contains(kind.NameOf(item))).ToList();
        // The queue holds places in todo, so that what was never started is known without comparing items.
        var queue = Channel.CreateUnbounded<int>();
        for (var place = 0; place < todo.Count; place++) queue.Writer.TryWrite(place);
        queue.Writer.Complete();

        var finished = new ConcurrentQueue<(int Place, TResult Result)>();
        using var halt = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var workerCount = Math.Clamp(workers, 1, Math.Max(1, todo.Count));
        var tasks = Enumerable.Range(0, workerCount)
            .Select(index => Task.Run(() => WorkAsync(index, todo, queue.Reader, finished, progress, halt)))
            .ToArray();
        await Task.WhenAll(tasks).ConfigureAwait(false);

        var ended = finished.ToList();
        var started = ended.Select(pair => pair.Place).ToHashSet();
        return new ItemRun<TItem, TResult>(
            ended.Select(pair => pair.Result).ToList(),
            SkippedAsDone: plan.Count - todo.Count,
            NotStarted: todo.Where((_, place) => !started.Contains(place)).ToList(),
            kind.Stops.StoppedBy,
            kind.Stops.SessionExpired);
    }

    private async Task WorkAsync(
        int index, IReadOnlyList<TItem> todo, ChannelReader<int> queue, ConcurrentQueue<(int, TResult)> finished, IProgress<TResult>? progress,
        CancellationTokenSource halt)
    {
        var lease = new SiteLease<TSite>(index, kind.OpenSiteAsync);
        await using var leaseDisposal = lease.ConfigureAwait(false);
        while (!halt.IsCancellationRequested && queue.TryRead(out var place))
        {
            var item = todo[place];
            var result = await kind.ProcessAsync(item, lease).ConfigureAwait(false);
            try
            {
                kind.Record(item, result);
            }
            catch
            {
                // A run that cannot record what it did must not go on changing the Cloud.
                await halt.CancelAsync().ConfigureAwait(false);
                throw;
            }
            finished.Enqueue((place, result));
            progress?.Report(result);
            if (kind.Stops.Any) await halt.CancelAsync().ConfigureAwait(false);
        }
    }
}
