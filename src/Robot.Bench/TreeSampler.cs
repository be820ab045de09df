namespace Robot.Bench;

/// <summary>
/// Samples a process tree until disposed: memory peaks (each measure on its own) and the CPU each process has used.
/// RSS and CPU are read every interval; PSS, the costly read, every <see cref="PssEvery"/>th sample.
/// </summary>
public sealed class TreeSampler : IAsyncDisposable
{
    public const int PssEvery = 4;

    private readonly ProcessTree tree;
    private readonly int rootPid;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly Lock gate = new();
    private readonly CpuAccount cpu = new();
    private long robotPeak, chromiumPeak, totalPeak, pssPeak;
    private int samples;

    public TreeSampler(ProcessTree tree, int rootPid, TimeSpan interval)
    {
        this.tree = tree;
        this.rootPid = rootPid;
        loop = Task.Run(() => SampleAsync(interval, stop.Token));
    }

    public MemoryPeaks Peaks
    {
        get { lock (gate) return new MemoryPeaks(robotPeak, chromiumPeak, totalPeak, pssPeak, samples); }
    }

    /// <summary>The CPU ticks (utime + stime) of every process seen in the tree, each at its last sample.</summary>
    public long CpuTicks
    {
        get { lock (gate) return cpu.Ticks; }
    }

    public void SampleOnce()
    {
        bool withPss;
        lock (gate) withPss = samples % PssEvery == 0;
        var processes = tree.Read(rootPid, withPss);
        if (processes.Count == 0) return;
        var now = TreeMemory.Sum(processes);
        lock (gate)
        {
            samples++;
            cpu.Observe(processes);
            robotPeak = Math.Max(robotPeak, now.RobotBytes);
            chromiumPeak = Math.Max(chromiumPeak, now.ChromiumBytes);
            totalPeak = Math.Max(totalPeak, now.TotalBytes);
            if (withPss) pssPeak = Math.Max(pssPeak, now.PssBytes);
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

/// <summary>
/// The CPU a tree used over a run: each process's utime + stime as last seen, summed, so a process that ended before
/// the run did still counts (up to its last sample). A pid the system reused is another process (its start time differs).
/// </summary>
public sealed class CpuAccount
{
    private readonly Dictionary<(int Pid, long Start), long> last = [];

    public void Observe(IEnumerable<ProcessMemory> processes)
    {
        foreach (var p in processes)
        {
            var key = (p.Pid, p.StartTicks);
            last[key] = Math.Max(p.CpuTicks, last.GetValueOrDefault(key));
        }
    }

    public long Ticks => last.Values.Sum();

    public int Processes => last.Count;
}

/// <summary>Peak resident memory over a run, in bytes. Totals are the peak of the per-sample sum, not the sum of the peaks.</summary>
public sealed record MemoryPeaks(long RobotBytes, long ChromiumBytes, long TotalBytes, long TotalPssBytes, int Samples)
{
    public static double Mib(long bytes) => bytes / (1024.0 * 1024.0);
}
