namespace Robot.Runner;

/// <summary>Reports at once, on the reporting thread (System.Progress would post to the thread pool and reorder lines).</summary>
public sealed class SyncProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
