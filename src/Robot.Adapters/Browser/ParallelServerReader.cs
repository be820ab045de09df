using System.Collections.Concurrent;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>A connection read from the Server's list, with where the list showed it (page from 1, row from 0).</summary>
internal sealed record ListedConnection(int Page, int Row, ServerConnection Connection);

/// <summary>
/// Which list rows a Server page has taken (each row goes to the first page that asks), and how many rows the lead page
/// has seen that are to be read: a further page is worth opening only when there are more such rows than pages reading.
/// </summary>
internal sealed class RowClaims
{
    private readonly ConcurrentDictionary<(int Page, int Row), bool> taken = new();
    private readonly Lock gate = new();
    private readonly List<(int Needed, TaskCompletionSource Ready)> waiting = [];
    private int wanted;

    public bool TryClaim(int page, int row) => taken.TryAdd((page, row), true);

    /// <summary>The lead page saw <paramref name="rows"/> more rows to read on a list page.</summary>
    public void SeeWanted(int rows)
    {
        lock (gate)
        {
            wanted += rows;
            foreach (var (needed, ready) in waiting.Where(wait => wanted >= wait.Needed)) ready.TrySetResult();
            waiting.RemoveAll(wait => wanted >= wait.Needed);
        }
    }

    /// <summary>Completes once the lead has seen at least <paramref name="rows"/> rows to read.</summary>
    public Task WhenWantedAsync(int rows)
    {
        lock (gate)
        {
            if (wanted >= rows) return Task.CompletedTask;
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting.Add((rows, ready));
            return ready.Task;
        }
    }
}

/// <summary>
/// Reads the Server's inventory with several pages at once: every page walks the list (Next, as the guide does)
/// and opens the Edit panels of the rows no other page took yet. The result is in the Server's list order.
/// The lead page starts at once; page k+1 joins only when the lead has seen more than k rows to read, since each page
/// walks the whole list: a run of one connection (--only) walks it once, not once per worker.
/// The pages share one login (<see cref="PlaywrightServerSite.Session"/>) and are disposed with this reader.
/// </summary>
public sealed class ParallelServerReader(IReadOnlyList<PlaywrightServerSite> readers) : IServerSite, IAsyncDisposable
{
    /// <summary>Logs in (for all its pages) without reading anything; a refused login is a <see cref="SiteLoginException"/>.</summary>
    public Task LogInAsync(CancellationToken cancellationToken) =>
        readers.Count == 0 ? throw new InvalidOperationException("no Server page to log in with") : readers[0].LogInAsync(cancellationToken);

    public async Task<IReadOnlyList<ServerConnection>> ReadConnectionsAsync(IProgress<ServerReadProgress>? progress, CancellationToken cancellationToken)
    {
        if (readers.Count == 0) throw new InvalidOperationException("no Server page to read with");
        var claims = new RowClaims();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lead = ReadAsync(readers[0], 0, leadDone: null);
        List<Task<IReadOnlyList<ListedConnection>>> tasks = [lead, .. readers.Skip(1).Select((reader, index) => ReadAsync(reader, index + 1, lead))];

        async Task<IReadOnlyList<ListedConnection>> ReadAsync(PlaywrightServerSite reader, int index, Task? leadDone)
        {
            try
            {
                if (leadDone is not null && !await JoinsAsync(index, leadDone).ConfigureAwait(false)) return [];
                return await reader.ReadRowsAsync(claims, index == 0, progress, stop.Token).ConfigureAwait(false);
            }
            catch
            {
                // One page that gives up makes the inventory incomplete: the others stop too.
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }

        // Page k joins once the lead has seen more than k rows to read; not at all when the lead finished first.
        async Task<bool> JoinsAsync(int index, Task leadDone)
        {
            var enough = claims.WhenWantedAsync(index + 1);
            await Task.WhenAny(enough, leadDone).ConfigureAwait(false);
            return enough.IsCompleted && !stop.IsCancellationRequested;
        }

        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch
        {
            // The cause, not the cancellations it led to in the other pages.
            var first = tasks.FirstOrDefault(task => task.IsFaulted && task.Exception!.InnerException is not OperationCanceledException)
                        ?? tasks.First(task => !task.IsCompletedSuccessfully);
            await first.ConfigureAwait(false);
            throw;
        }
        return tasks.SelectMany(task => task.Result)
            .OrderBy(row => row.Page).ThenBy(row => row.Row)
            .Select(row => row.Connection)
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var reader in readers) await reader.DisposeAsync().ConfigureAwait(false);
    }
}
