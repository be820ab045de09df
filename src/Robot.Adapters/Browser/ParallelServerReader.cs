using System.Collections.Concurrent;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>A connection read from the Server's list, with where the list showed it (page from 1, row from 0).</summary>
internal sealed record ListedConnection(int Page, int Row, ServerConnection Connection);

/// <summary>Which list rows a Server page has taken; each row goes to the first page that asks.</summary>
internal sealed class RowClaims
{
    private readonly ConcurrentDictionary<(int Page, int Row), bool> taken = new();

    public bool TryClaim(int page, int row) => taken.TryAdd((page, row), true);
}

/// <summary>
/// Reads the Server's inventory with several pages at once: every page walks the list (Next, as the guide does)
/// and opens the Edit panels of the rows no other page took yet. The result is in the Server's list order.
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
        var tasks = readers.Select((reader, index) => ReadAsync(reader, index == 0)).ToList();

        async Task<IReadOnlyList<ListedConnection>> ReadAsync(PlaywrightServerSite reader, bool lead)
        {
            try
            {
                return await reader.ReadRowsAsync(claims, lead, progress, stop.Token).ConfigureAwait(false);
            }
            catch
            {
                // One page that gives up makes the inventory incomplete: the others stop too.
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
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
