namespace Robot.Bench;

/// <summary>Samples a process tree's memory every interval until disposed and keeps the peaks (each measure on its own).</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly ProcessTree tree;
    private readonly int rootPid;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly Lock gate = new();
    private long robotPeak, chromiumPeak, totalPeak, pssPeak;
    private int samples;

    public MemorySampler(ProcessTree tree, int rootPid, TimeSpan interval)
    {
        this.tree = tree;
        this.rootPid = rootPid;
        loop = Task.Run(() => SampleAsync(interval, stop.Token));
    }

    public MemoryPeaks Peaks
    {
        get { lock (gate) return new MemoryPeaks(robotPeak, chromiumPeak, totalPeak, pssPeak, samples); }
    }

    public void SampleOnce()
    {
        var now = tree.Sum(rootPid);
        if (now.Processes == 0) return;
        lock (gate)
        {
            samples++;
            robotPeak = Math.Max(robotPeak, now.RobotBytes);
            chromiumPeak = Math.Max(chromiumPeak, now.ChromiumBytes);
            totalPeak = Math.Max(totalPeak, now.TotalBytes);
            pssPeak = Math.Max(pssPeak, now.PssBytes);
        }
    }

    private async Task SampleAsync(TimeSpan interval, CancellationToken token)
    {
        using var timer = new PeriodicTimer(interval);
        do SampleOnce();
        while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        try { await loop.ConfigureAwait(false); }
        catch (OperationCanceledException) { }
        stop.Dispose();
    }
}

/// <summary>Peak resident memory over a run, in bytes. Totals are the peak of the per-sample sum, not the sum of the peaks.</summary>
public sealed record MemoryPeaks(long RobotBytes, long ChromiumBytes, long TotalBytes, long TotalPssBytes, int Samples)
{
    public static double Mib(long bytes) => bytes / (1024.0 * 1024.0);
}
