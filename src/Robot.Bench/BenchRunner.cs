using System.Globalization;
using System.Net;

namespace Robot.Bench;

/// <summary>
/// The benchmark: for each list size, seeds N connections and starts a sandbox on them; for each worker count resets the
/// Cloud, runs the robot and checks every connection was migrated, then (Cloud reset each time) the HTTP floor and the
/// lean UI floor at the same concurrency. With several sizes, the growth of the cost per connection is printed.
/// </summary>
public sealed class BenchRunner(BenchOptions options, RepoPaths repo, BenchReport report, TimeProvider clock)
{
    private static readonly TimeSpan SandboxStartDeadline = TimeSpan.FromSeconds(90);

    /// <returns>0 when every run migrated all N connections and every floor created them all, else 1.</returns>
    public async Task<int> RunAsync(string outputFolder, CancellationToken cancellationToken)
    {
        repo.CheckBuilt();
        Directory.CreateDirectory(outputFolder);
        report.Line($"Benchmark: {string.Join(",", options.Connections)} connections, workers {string.Join(",", options.Workers)}, floors {options.Floors}, robot --trace {string.Join(",", options.Traces)}; output {outputFolder}");
        report.Line($"Machine: {Environment.ProcessorCount} cores.");
        var rows = new List<BenchRow>();
        var failed = false;
        foreach (var size in options.Connections)
            failed |= !await RunSizeAsync(size, outputFolder, rows, cancellationToken).ConfigureAwait(false);

        var csv = BenchCsv.Write(outputFolder, rows);
        report.Summary(rows, csv);
        if (failed) report.Line("The benchmark FAILED: not every run migrated every connection (see above).");
        return failed ? 1 : 0;
    }

    /// <returns>Whether every run of this size migrated everything and every floor created everything.</returns>
    private async Task<bool> RunSizeAsync(int size, string outputFolder, List<BenchRow> rows, CancellationToken cancellationToken)
    {
        // The seed and the sandbox's urls file hold passwords: a private temp folder, deleted at the end, never the output.
        var work = Directory.CreateTempSubdirectory("robot-bench-").FullName;
        try
        {
            var connections = SeedGenerator.Connections(size);
            var seedFile = Path.Combine(work, "seed.json");
            await File.WriteAllTextAsync(seedFile, SeedGenerator.SeedJson(connections), cancellationToken).ConfigureAwait(false);
            report.Line($"{size} connections: starting the sandbox …");
            await using var sandbox = SandboxChild.Start(repo.SandboxDll, seedFile, work);
            var urls = await sandbox.WaitUntilReadyAsync(SandboxStartDeadline, clock, cancellationToken).ConfigureAwait(false);
            report.Line($"Sandbox ready (pid {sandbox.ProcessId}): Server {urls.Server}  Cloud {urls.Cloud}");

            using var hooks = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var ok = true;
            foreach (var workers in options.Workers)
            {
                foreach (var trace in options.Traces)
                {
                    var run = new OneRun(connections, workers, trace, RunFolder(outputFolder, size, workers, trace), urls, sandbox.UrlsFile)
                    {
                        WithFloors = trace == options.Traces[0],
                    };
                    ok &= await RunOnceAsync(run, hooks, rows, cancellationToken).ConfigureAwait(false);
                    // Written after every run, so a bench stopped part-way keeps the rows it finished.
                    BenchCsv.Write(outputFolder, rows);
                }
            }
            return ok;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private sealed record OneRun(IReadOnlyList<BenchConnection> Connections, int Workers, string Trace, string Folder, SandboxUrls Urls, string UrlsFile)
    {
        /// <summary>The floors do not trace: with several --trace modes they run beside the first only.</summary>
        public bool WithFloors { get; init; } = true;
    }

    /// <summary>workers-W (connections-N-workers-W with several sizes), with -trace-off after it when several modes run.</summary>
    private string RunFolder(string outputFolder, int size, int workers, string trace)
    {
        var name = options.Connections.Count > 1
            ? $"connections-{size.ToString(CultureInfo.InvariantCulture)}-workers-{workers.ToString(CultureInfo.InvariantCulture)}"
            : $"workers-{workers.ToString(CultureInfo.InvariantCulture)}";
        return Path.Combine(outputFolder, options.Traces.Count > 1 ? $"{name}-trace-{trace}" : name);
    }

    private async Task<bool> RunOnceAsync(OneRun run, HttpClient hooks, List<BenchRow> rows, CancellationToken cancellationToken)
    {
        var (connections, workers, trace, folder, urls, _) = run;
        await ResetAsync(hooks, urls, cancellationToken).ConfigureAwait(false);
        report.Line($"Run: {connections.Count} connections, {workers} worker(s) — robot migrate --trace {trace} …");
        var robot = await RobotRun.RunAsync(repo, urls, workers, trace, folder, clock, cancellationToken).ConfigureAwait(false);
        var allMigrated = AllMigrated(robot, connections);
        if (!allMigrated) report.Line($"Run with {workers} worker(s) did NOT migrate all {connections.Count} connections: see {robot.OutputFolder}");

        FloorResult? floor = null;
        if (run.WithFloors && options.Floors.HasFlag(Floors.Http))
        {
            await ResetAsync(hooks, urls, cancellationToken).ConfigureAwait(false);
            report.Line($"Run: {workers} worker(s) — HTTP floor …");
            floor = await HttpFloor.RunAsync(urls, connections, workers, cancellationToken).ConfigureAwait(false);
            foreach (var problem in floor.Problems.Take(5)) report.Line($"  HTTP floor: {problem}");
        }
        LeanResult? lean = null;
        if (run.WithFloors && options.Floors.HasFlag(Floors.LeanUi))
        {
            await ResetAsync(hooks, urls, cancellationToken).ConfigureAwait(false);
            report.Line($"Run: {workers} worker(s) — lean UI floor …");
            lean = await LeanUiFloor.RunAsync(run.UrlsFile, urls, connections, workers, folder, clock, cancellationToken).ConfigureAwait(false);
            foreach (var problem in lean.Problems.Take(5)) report.Line($"  lean UI floor: {problem}");
        }
        var floorOk = floor is null || (floor.Created == connections.Count && floor.Problems.Count == 0);
        var leanOk = lean is null || (lean.Created == connections.Count && lean.Problems.Count == 0);
        if (!floorOk) report.Line($"HTTP floor with {workers} worker(s) created {floor!.Created} of {connections.Count}");
        if (!leanOk) report.Line($"Lean UI floor with {workers} worker(s) created {lean!.Created} of {connections.Count}");

        var row = Row(connections.Count, workers, robot, floorOk ? floor : null, allMigrated, leanOk ? lean : null) with { Trace = trace };
        rows.Add(row);
        report.Run(row, floor, robot);
        return allMigrated && floorOk && leanOk;
    }

    public static BenchRow Row(int connections, int workers, RobotRunResult robot, FloorResult? floor, bool allMigrated, LeanResult? lean = null)
    {
        var seconds = robot.Rows.Where(r => double.IsFinite(r.DurationMs)).Select(r => r.DurationMs / 1000).ToList();
        return new BenchRow(
            connections,
            workers,
            robot.Wall.TotalSeconds,
            Percentiles.Of(seconds, 50),
            Percentiles.Of(seconds, 95),
            MemoryPeaks.Mib(robot.Memory.RobotBytes),
            MemoryPeaks.Mib(robot.Memory.ChromiumBytes),
            MemoryPeaks.Mib(robot.Memory.TotalBytes),
            robot.Startup?.TotalSeconds,
            floor?.Wall.TotalSeconds,
            allMigrated,
            robot.Memory.TotalPssBytes > 0 ? MemoryPeaks.Mib(robot.Memory.TotalPssBytes) : null,
            RunCpu.MsPerConnection(robot.Cpu?.Sampled, connections),
            lean?.Wall.TotalSeconds,
            RunCpu.MsPerConnection(lean?.Cpu.Sampled, connections),
            RunCpu.MsPerConnection(robot.Cpu?.Bench, connections));
    }

    /// <summary>Exit 0 and one "migrated" row for every seeded name, nothing else.</summary>
    public static bool AllMigrated(RobotRunResult robot, IReadOnlyList<BenchConnection> connections)
    {
        if (robot.ExitCode != 0) return false;
        var migrated = robot.Rows.Where(r => r.Status == "migrated").Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return robot.Rows.Count == connections.Count && connections.All(c => migrated.Contains(c.Name));
    }

    private static async Task ResetAsync(HttpClient http, SandboxUrls urls, CancellationToken cancellationToken)
    {
        using var answer = await http.PostAsync(new Uri(new Uri(urls.Cloud), "/_sandbox/reset"), null, cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode != HttpStatusCode.NoContent)
            throw new BenchFailure($"POST {urls.Cloud}_sandbox/reset answered {(int)answer.StatusCode}");
    }
}
