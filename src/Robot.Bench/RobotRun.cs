using System.Diagnostics;

namespace Robot.Bench;

/// <summary>What one robot run gave: its exit code, times, peaks and rows.</summary>
public sealed record RobotRunResult(
    int ExitCode,
    TimeSpan Wall,
    TimeSpan? Startup,
    MemoryPeaks Memory,
    IReadOnlyList<ResultRow> Rows,
    string OutputFolder,
    string LogFile);

/// <summary>
/// Runs the built robot (<c>dotnet robot.dll migrate --workers W</c>) in a session of its own, sampling the
/// resident memory of its process tree every 100 ms, with its output in robot.log. Cancelling sends it SIGTERM
/// (it finishes the connection in hand and stops), then kills the tree after a grace period.
/// </summary>
public static class RobotRun
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    public static async Task<RobotRunResult> RunAsync(RepoPaths repo, SandboxUrls urls, int workers, string outputFolder, TimeProvider clock, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputFolder);
        var settings = RobotSettingsFile.Write(repo.SettingsTemplate, urls, outputFolder);
        var logFile = Path.Combine(outputFolder, "robot.log");
        var info = new ProcessStartInfo(File.Exists(Posix.SetSid) ? Posix.SetSid : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repo.Root,
        };
        if (File.Exists(Posix.SetSid)) info.ArgumentList.Add("dotnet");
        foreach (var arg in new[]
                 {
                     repo.RobotDll, "migrate", "--workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--output", outputFolder, "--settings", settings, "--selectors", repo.Selectors, "--playwright-config", repo.PlaywrightConfig,
                 })
            info.ArgumentList.Add(arg);
        info.Environment["ROBOT_Server__Password"] = urls.ServerLogin.Password;
        info.Environment["ROBOT_Cloud__Password"] = urls.CloudLogin.Password;
        // Spectre writes plain lines into the log file.
        info.Environment["NO_COLOR"] = "1";

        await using var log = new StreamWriter(logFile) { AutoFlush = true };
        var logGate = new Lock();
        void Log(string? line)
        {
            if (line is null) return;
            lock (logGate) log.WriteLine(line);
        }

        var stopwatch = Stopwatch.StartNew();
        var startedUtc = clock.GetUtcNow().UtcDateTime;
        using var process = Process.Start(info) ?? throw new BenchFailure($"could not start the robot ({repo.RobotDll})");
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        MemoryPeaks peaks;
        await using (var sampler = new MemorySampler(new ProcessTree(), process.Id, SampleInterval))
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
            }
        }
        stopwatch.Stop();
        process.WaitForExit(); // drains the redirected output into the log

        var firstPage = RobotResults.FirstServerPageUtc(Path.Combine(outputFolder, "steps.log"));
        return new RobotRunResult(
            process.ExitCode,
            stopwatch.Elapsed,
            firstPage is { } at ? at - startedUtc : null,
            peaks,
            RobotResults.ReadResults(Path.Combine(outputFolder, "results.csv")),
            outputFolder,
            logFile);
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
