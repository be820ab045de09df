namespace Robot.Runner;

/// <summary>
/// What one kind of thing migrated (connections, OAuth2 Credentials) brings to the runner's loop
/// (<see cref="ItemRunner{TItem,TSite,TResult}"/>): how its items are named for --resume, each worker's site, how one
/// item is carried out (through <see cref="GuardedWrites"/>) and where it is recorded. The queue, the workers, stopping
/// and resume skipping are the loop's.
/// </summary>
public interface IRunKind<TItem, TSite, TResult>
    where TSite : class
{
    /// <summary>The name its ledger records it by (what --resume compares, without case).</summary>
    string NameOf(TItem item);

    /// <summary>Worker <paramref name="worker"/>'s own site; the loop disposes it.</summary>
    Task<TSite> OpenSiteAsync(int worker, CancellationToken cancellationToken);

    /// <summary>Carries out one item. Never throws for the item's own faults.</summary>
    Task<TResult> ProcessAsync(TItem item, SiteLease<TSite> lease);

    /// <summary>Records the item in the kind's ledger the moment it ends; a throw halts the run.</summary>
    void Record(TItem item, TResult result);

    /// <summary>Set by the kind's writes when no new item may start.</summary>
    RunStops Stops { get; }
}
