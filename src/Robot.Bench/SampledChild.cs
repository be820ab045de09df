using System.Diagnostics;

namespace Robot.Bench;

/// <summary>What a measured child gave: its exit code, when it started, how long it ran, its memory peaks and CPU.</summary>
public sealed record SampledRun(int ExitCode, DateTime StartedUtc, TimeSpan Wall, MemoryPeaks Memory, RunCpu Cpu);

/// <summary>
/// CPU of a measured child: <see cref="Sampled"/> summed from /proc over its tree (for the robot: robot, Playwright's
/// driver, Chromium), each process at its last sample, so processes that ended early count too; <see cref="Reaped"/>
/// the same processes as the kernel counts them once ended and waited for (a cross-check that also holds what ran after
/// the last sample; a process orphaned before it ended is missing from it); <see cref="Bench"/> what this bench process
/// spent meanwhile (its sampling and log copying).
/// </summary>
public sealed record RunCpu(TimeSpan Sampled, TimeSpan Reaped, TimeSpan Bench)
{
    public static double? MsPerConnection(TimeSpan? cpu, int connections) =>
        cpu is { } c && c > TimeSpan.Zero && connections > 0 ? c.TotalMilliseconds / connections : null;
}

/// <summary>
/// Runs <c>dotnet DLL ARGS</c> in a session of its own (setsid), sampling the resident memory and CPU of its process
/// tree every 250 ms, with its output in a log file. Cancelling sends it SIGTERM, then kills the tree after a grace period.
/// </summary>
public static class SampledChild
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    public static ProcessStartInfo StartInfo(string dll, string workingDirectory, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(File.Exists(Posix.SetSid) ? Posix.SetSid : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (File.Exists(Posix.SetSid)) info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // Spectre writes plain lines into the log file.
        info.Environment["NO_COLOR"] = "1";
        return info;
    }

    public static async Task<SampledRun> RunAsync(ProcessStartInfo info, string logFile, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var log = new StreamWriter(logFile) { AutoFlush = true };
        var logGate = new Lock();
        void Log(string? line)
        {
            if (line is null) return;
            lock (logGate) log.WriteLine(line);
        }

        var cpuAtStart = CpuMark.Now();
        var stopwatch = Stopwatch.StartNew();
        var startedUtc = clock.GetUtcNow().UtcDateTime;
        using var process = Process.Start(info) ?? throw new BenchFailure($"could not start {string.Join(' ', info.ArgumentList.Take(2))}");
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        MemoryPeaks peaks;
        long cpuTicks;
        await using (var sampler = new TreeSampler(new ProcessTree(), process.Id, SampleInterval))
        {
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await StopAsync(process).ConfigureAwait(false);
                throw;
            }
            finally
            {
                peaks = sampler.Peaks;
                cpuTicks = sampler.CpuTicks;
            }
        }
        stopwatch.Stop();
        process.WaitForExit(); // drains the redirected output into the log
        var cpuAtEnd = CpuMark.Now();
        var cpu = new RunCpu(TimeSpan.FromSeconds(cpuTicks / (double)Posix.ClockTicksPerSecond),
            cpuAtEnd.ChildrenSince(cpuAtStart), cpuAtEnd.SelfSince(cpuAtStart));
        return new SampledRun(process.ExitCode, startedUtc, stopwatch.Elapsed, peaks, cpu);
    }

    private static async Task StopAsync(Process process)
    {
        if (process.HasExited) return;
        Posix.Kill(process.Id, Posix.SigTerm);
        using var grace = new CancellationTokenSource(StopGrace);
        try
        {
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
