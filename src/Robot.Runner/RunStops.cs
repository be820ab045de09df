namespace Robot.Runner;

/// <summary>
/// Why a run goes no further, set once by the first worker to meet it: a changed UI fails every item the same way, and
/// an expired saved session lets nothing be written until a person logs in again. The items in hand finish either way.
/// </summary>
public sealed class RunStops
{
    private string? stoppedBy;
    private string? sessionExpired;

    /// <summary>The first changed-UI fault met by any worker, in full. Null while none was met.</summary>
    public string? StoppedBy => Volatile.Read(ref stoppedBy);

    /// <summary>The first saved session found expired by any worker (what to do, in full). Null while none was.</summary>
    public string? SessionExpired => Volatile.Read(ref sessionExpired);

    /// <summary>No new item may start.</summary>
    public bool Any => StoppedBy is not null || SessionExpired is not null;

    internal void ChangedUi(string message) => Interlocked.CompareExchange(ref stoppedBy, message, null);

    internal void Expired(string message) => Interlocked.CompareExchange(ref sessionExpired, message, null);
}
