using System.Globalization;
using System.Net;

namespace Robot.Bench;

/// <summary>
/// The benchmark: seeds N connections, starts the sandbox once, and for each worker count resets the Cloud, runs the
/// robot, checks every connection was migrated, resets again and runs the HTTP floor at the same concurrency.
/// </summary>
public sealed class BenchRunner(BenchOptions options, RepoPaths repo, BenchReport report, TimeProvider clock)
{
    private static readonly TimeSpan SandboxStartDeadline = TimeSpan.FromSeconds(90);

    /// <returns>0 when every run migrated all N connections and every floor created them all, else 1.</returns>
    public async Task<int> RunAsync(string outputFolder, CancellationToken cancellationToken)
    {
        repo.CheckBuilt();
        Directory.CreateDirectory(outputFolder);
        // The seed and the sandbox's urls file hold passwords: a private temp folder, deleted at the end, never the output.
        var work = Directory.CreateTempSubdirectory("robot-bench-").FullName;
        try
        {
            var connections = SeedGenerator.Connections(options.Connections);
            var seedFile = Path.Combine(work, "seed.json");
            await File.WriteAllTextAsync(seedFile, SeedGenerator.SeedJson(connections), cancellationToken).ConfigureAwait(false);

            report.Line($"Benchmark: {options.Connections} connections, workers {string.Join(",", options.Workers)}; output {outputFolder}");
            report.Line($"Machine: {Environment.ProcessorCount} cores. Starting the sandbox …");
            await using var sandbox = SandboxChild.Start(repo.SandboxDll, seedFile, work);
            var urls = await sandbox.WaitUntilReadyAsync(SandboxStartDeadline, clock, cancellationToken).ConfigureAwait(false);
            report.Line($"Sandbox ready (pid {sandbox.ProcessId}): Server {urls.Server}  Cloud {urls.Cloud}");

            using var hooks = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var rows = new List<BenchRow>();
            var failed = false;
            foreach (var workers in options.Workers)
            {
                await ResetAsync(hooks, urls, cancellationToken).ConfigureAwait(false);
                report.Line($"Run: {workers} worker(s) — robot migrate …");
                var runFolder = Path.Combine(outputFolder, $"workers-{workers.ToString(CultureInfo.InvariantCulture)}");
                var robot = await RobotRun.RunAsync(repo, urls, workers, runFolder, clock, cancellationToken).ConfigureAwait(false);
                var allMigrated = AllMigrated(robot, connections);

                await ResetAsync(hooks, urls, cancellationToken).ConfigureAwait(false);
                report.Line($"Run: {workers} worker(s) — HTTP floor …");
                var floor = await HttpFloor.RunAsync(urls, connections, workers, cancellationToken).ConfigureAwait(false);
                var floorOk = floor.Created == connections.Count && floor.Problems.Count == 0;
                foreach (var problem in floor.Problems.Take(5)) report.Line($"  floor: {problem}");

                var row = Row(connections.Count, workers, robot, floorOk ? floor : null, allMigrated);
                rows.Add(row);
                report.Run(row, floor, robot);
                // Written after every run, so a bench stopped part-way keeps the rows it finished.
                BenchCsv.Write(outputFolder, rows);
                if (!allMigrated) report.Line($"Run with {workers} worker(s) did NOT migrate all {connections.Count} connections: see {robot.OutputFolder}");
                if (!floorOk) report.Line($"HTTP floor with {workers} worker(s) created {floor.Created} of {connections.Count}");
                failed |= !allMigrated || !floorOk;
            }

            var csv = BenchCsv.Write(outputFolder, rows);
            report.Summary(rows, csv);
            if (failed) report.Line("The benchmark FAILED: not every run migrated every connection (see above).");
            return failed ? 1 : 0;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    public static BenchRow Row(int connections, int workers, RobotRunResult robot, FloorResult? floor, bool allMigrated)
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
            robot.Memory.TotalPssBytes > 0 ? MemoryPeaks.Mib(robot.Memory.TotalPssBytes) : null);
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
