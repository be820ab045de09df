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
        BenchRow Row(int workers, double wall, double? floor, double total, double? startup) =>
            new(200, workers, wall, 1, 2, 200, total - 200, total, startup, floor, AllMigrated: true);

        var good = Targets.Judge([Row(1, 100, 40, 900, 2.0), Row(4, 50, 20, 1400, 2.9)]);
        Assert.That(good.Select(v => v.Met), Is.All.True, string.Join("; ", good));

        var bad = Targets.Judge([Row(1, 100, 10, 900, 3.5), Row(2, 70, 20, 1200, null)]);
        Assert.That(bad.Select(v => v.Met), Is.All.False, string.Join("; ", bad));
        Assert.That(bad[2].Figure, Does.Contain("no 4-worker run"));
    }
}
