namespace Robot.Bench;

/// <summary>What one robot run gave: its exit code, times, peaks and rows.</summary>
public sealed record RobotRunResult(
    int ExitCode,
    TimeSpan Wall,
    TimeSpan? Startup,
    MemoryPeaks Memory,
    IReadOnlyList<ResultRow> Rows,
    string OutputFolder,
    string LogFile,
    RunCpu? Cpu = null);

/// <summary>
/// Runs the built robot (<c>dotnet robot.dll migrate --workers W --trace T</c>) measured (see <see cref="SampledChild"/>), with its
/// output in robot.log. Cancelling sends it SIGTERM (it finishes the connection in hand and stops).
/// </summary>
public static class RobotRun
{
    /// <summary>The robot's command line after the dll: migrate with these workers and this --trace.</summary>
    public static IReadOnlyList<string> Arguments(RepoPaths repo, int workers, string trace, string outputFolder, string settings) =>
    [
        "migrate", "--workers", workers.ToString(System.Globalization.CultureInfo.InvariantCulture), "--trace", trace,
        "--output", outputFolder, "--settings", settings, "--selectors", repo.Selectors, "--playwright-config", repo.PlaywrightConfig,
    ];

    public static async Task<RobotRunResult> RunAsync(RepoPaths repo, SandboxUrls urls, int workers, string trace, string outputFolder, TimeProvider clock, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputFolder);
        var settings = RobotSettingsFile.Write(repo.SettingsTemplate, urls, outputFolder);
        var logFile = Path.Combine(outputFolder, "robot.log");
        var info = SampledChild.StartInfo(repo.RobotDll, repo.Root, Arguments(repo, workers, trace, outputFolder, settings));
        info.Environment["ROBOT_Server__Password"] = urls.ServerLogin.Password;
        info.Environment["ROBOT_Cloud__Password"] = urls.CloudLogin.Password;

        var run = await SampledChild.RunAsync(info, logFile, clock, cancellationToken).ConfigureAwait(false);
        var firstPage = RobotResults.FirstServerPageUtc(Path.Combine(outputFolder, "steps.log"));
        return new RobotRunResult(
            run.ExitCode,
            run.Wall,
            firstPage is { } at ? at - run.StartedUtc : null,
            run.Memory,
            RobotResults.ReadResults(Path.Combine(outputFolder, "results.csv")),
            outputFolder,
            logFile,
            run.Cpu);
    }
}
