namespace Robot.Bench;

/// <summary>
/// How the cost per connection grows with the list: per worker count (and robot --trace), the largest list's per-connection wall time and CPU
/// over the smallest list's. 1.0 is flat; the target is within <see cref="Targets.MaxGrowth"/>.
/// </summary>
public sealed record GrowthFactor(int Workers, int Smallest, int Largest, double WallFactor, double? CpuFactor, string Trace = BenchOptions.TraceOnFailure)
{
    public static IReadOnlyList<GrowthFactor> Of(IEnumerable<BenchRow> rows)
    {
        var factors = new List<GrowthFactor>();
        foreach (var group in rows.GroupBy(r => (r.Workers, r.Trace)))
        {
            var small = group.MinBy(r => r.Connections)!;
            var large = group.MaxBy(r => r.Connections)!;
            if (small.Connections == large.Connections) continue;
            var cpu = small.CpuMsPerConn is > 0 && large.CpuMsPerConn is { } largeCpu ? largeCpu / small.CpuMsPerConn.Value : (double?)null;
            factors.Add(new GrowthFactor(group.Key.Workers, small.Connections, large.Connections, large.WallMsPerConn / small.WallMsPerConn, cpu, group.Key.Trace));
        }
        return factors;
    }
}
