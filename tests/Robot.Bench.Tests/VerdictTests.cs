namespace Robot.Bench.Tests;

public sealed class VerdictTests
{
    private static readonly BenchConnection[] Seeded = SeedGenerator.Connections(3).ToArray();

    private static RobotRunResult Run(int exit, params (string Name, string Status)[] rows) =>
        new(exit, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2), new MemoryPeaks(1, 2, 3, 0, 1),
            rows.Select(r => new ResultRow(r.Name, r.Status, 1000)).ToList(), "/out", "/out/robot.log");

    [Test]
    public void All_migrated_needs_exit_0_and_one_migrated_row_per_seeded_name()
    {
        var all = Seeded.Select(c => (c.Name, "migrated")).ToArray();
        Assert.That(BenchRunner.AllMigrated(Run(0, all), Seeded), Is.True);
        Assert.That(BenchRunner.AllMigrated(Run(1, all), Seeded), Is.False, "exit code");
        Assert.That(BenchRunner.AllMigrated(Run(0, all[..2]), Seeded), Is.False, "a row missing");
        Assert.That(BenchRunner.AllMigrated(Run(0, [all[0], all[1], (Seeded[2].Name, "failed")]), Seeded), Is.False, "a failed row");
        Assert.That(BenchRunner.AllMigrated(Run(0, [.. all, (Seeded[2].Name, "migrated")]), Seeded), Is.False, "a duplicate row");
    }

    [Test]
    public void Targets_are_met_or_not_met_on_the_figures_and_a_missing_figure_is_not_met()
    {
        BenchRow Row(int connections, int workers, double wall, double? floor, double total, double? startup, double? cpu, double? lean) =>
            new(connections, workers, wall, 1, 2, 200, total - 200, total, startup, floor, AllMigrated: true, CpuMsPerConn: cpu, LeanS: lean);

        // 50 rows at 1 worker in 14 s, 200 in 60 s: 280 then 300 ms per connection, 1.07x.
        var good = Targets.Judge([Row(50, 1, 14, 5, 900, 1.5, 350, 10), Row(200, 1, 60, 20, 900, 1.9, 380, 45), Row(200, 4, 50, 20, 1400, 1.9, 390, 40)]);
        Assert.That(good.Select(v => v.Met), Is.All.True, string.Join("; ", good));

        var bad = Targets.Judge([Row(50, 1, 20, 1, 900, 2.5, 350, 5), Row(200, 1, 120, 20, 1200, null, 500, null)]);
        Assert.That(bad.Select(v => v.Met), Is.All.False, string.Join("; ", bad));
        Assert.That(bad[2].Figure, Does.Contain("no 4-worker run"));
        Assert.That(bad[6].Figure, Does.Contain("wall 1.50x, CPU 1.43x at 1 workers (50 -> 200)"));
    }
}
