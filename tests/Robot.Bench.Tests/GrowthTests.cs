namespace Robot.Bench.Tests;

public sealed class GrowthTests
{
    private static BenchRow Row(int connections, int workers, double wallS, double? cpuMs) =>
        new(connections, workers, wallS, 1, 2, 100, 100, 200, 1, null, AllMigrated: true, CpuMsPerConn: cpuMs);

    [Test]
    public void The_largest_list_is_set_against_the_smallest_per_worker_count_per_connection()
    {
        // 1 worker: 50 in 25 s (500 ms each), 200 in 110 s, 800 in 480 s (600 ms each); CPU 1000 -> 1300 ms each.
        var growth = GrowthFactor.Of([Row(200, 1, 110, 1100), Row(50, 1, 25, 1000), Row(800, 1, 480, 1300), Row(50, 4, 10, 900), Row(800, 4, 160, null)]);

        Assert.That(growth, Has.Count.EqualTo(2));
        var one = growth.Single(g => g.Workers == 1);
        Assert.That((one.Smallest, one.Largest), Is.EqualTo((50, 800)));
        Assert.That(one.WallFactor, Is.EqualTo(1.2).Within(1e-9));
        Assert.That(one.CpuFactor, Is.EqualTo(1.3).Within(1e-9));
        var four = growth.Single(g => g.Workers == 4);
        Assert.That(four.WallFactor, Is.EqualTo(1.0).Within(1e-9));
        Assert.That(four.CpuFactor, Is.Null, "no CPU figure for the large list");
    }

    [Test]
    public void One_list_size_has_no_growth() =>
        Assert.That(GrowthFactor.Of([Row(50, 1, 25, 1000), Row(50, 2, 15, 1000)]), Is.Empty);

    [Test]
    public void Per_connection_wall_time_is_the_run_over_its_connections() =>
        Assert.That(Row(200, 1, 60, null).WallMsPerConn, Is.EqualTo(300));
}
