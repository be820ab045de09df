namespace Robot.Bench;

/// <summary>
/// The targets, judged on the measured figures; a figure not measured is not met. Memory is judged on the
/// RSS sum (an upper bound); PSS is shown beside it.
/// </summary>
public static class Targets
{
    public const double MinConnPerMin = 200;
    public const double MaxRatio = 5;
    public const double MaxPeakMib = 1536; // 1.5 GiB
    public const int PeakWorkers = 4;
    public const double MaxStartupS = 2;
    public const double MaxCpuMsPerConn = 400;
    public const double MaxLeanRatio = 1.5;
    public const double MaxGrowth = 1.25;

    public sealed record Verdict(string Target, string Figure, bool Met);

    public static IReadOnlyList<Verdict> Judge(IReadOnlyList<BenchRow> rows)
    {
        var verdicts = new List<Verdict>();
        var best = rows.Where(r => r.AllMigrated).MaxBy(r => r.ConnPerMin);
        verdicts.Add(new Verdict($">= {MinConnPerMin:0} connections/min (best worker count)",
            best is null ? "no successful run" : $"{best.ConnPerMin:0.0}/min at {best.Workers} workers", best is { ConnPerMin: >= MinConnPerMin }));

        var worstRatio = rows.MaxBy(r => r.Ratio ?? double.PositiveInfinity);
        verdicts.Add(new Verdict($"robot time <= {MaxRatio:0} x HTTP floor (every run)",
            worstRatio?.Ratio is { } ratio ? $"worst {ratio:0.0}x at {worstRatio.Workers} workers" : "not measured",
            rows.Count > 0 && rows.All(r => r.Ratio is <= MaxRatio)));

        var four = rows.FirstOrDefault(r => r.Workers == PeakWorkers);
        verdicts.Add(new Verdict($"peak memory < 1.5 GiB at {PeakWorkers} workers",
            four is null ? $"not measured (no {PeakWorkers}-worker run)"
                : $"{four.TotalPeakMib:0} MiB RSS sum" + (four.TotalPeakPssMib is { } pss ? $" ({pss:0} MiB PSS)" : ""),
            four is { TotalPeakMib: < MaxPeakMib }));

        var slowest = rows.MaxBy(r => r.StartupS ?? double.PositiveInfinity);
        verdicts.Add(new Verdict($"startup to the first Server page < {MaxStartupS:0} s (every run)",
            slowest?.StartupS is { } s ? $"slowest {s:0.00} s at {slowest.Workers} workers" : "not measured",
            rows.Count > 0 && rows.All(r => r.StartupS is < MaxStartupS)));

        var hungriest = rows.MaxBy(r => r.CpuMsPerConn ?? double.PositiveInfinity);
        verdicts.Add(new Verdict($"CPU <= {MaxCpuMsPerConn:0} ms per connection (every run)",
            hungriest?.CpuMsPerConn is { } cpu ? $"most {cpu:0} ms at {hungriest.Connections} connections, {hungriest.Workers} workers" : "not measured",
            rows.Count > 0 && rows.All(r => r.CpuMsPerConn is <= MaxCpuMsPerConn)));

        // The worst measured ratio is shown; a run without one still fails the target.
        var leanest = rows.Where(r => r.LeanRatio is not null).MaxBy(r => r.LeanRatio!.Value);
        var unmeasured = rows.Count(r => r.LeanRatio is null);
        verdicts.Add(new Verdict($"robot time <= {MaxLeanRatio:0.0} x lean UI floor (every run)",
            (leanest?.LeanRatio is { } lean ? $"worst {lean:0.00}x at {leanest.Connections} connections, {leanest.Workers} workers" : "not measured")
                + (leanest is not null && unmeasured > 0 ? $"; {unmeasured} run(s) without it" : ""),
            rows.Count > 0 && rows.All(r => r.LeanRatio is <= MaxLeanRatio)));

        var growth = GrowthFactor.Of(rows);
        var steepest = growth.MaxBy(g => Math.Max(g.WallFactor, g.CpuFactor ?? double.PositiveInfinity));
        verdicts.Add(new Verdict($"per-connection wall and CPU, largest list vs smallest, <= {MaxGrowth:0.00}x",
            steepest is null ? "not measured (one list size)" : $"worst wall {steepest.WallFactor:0.00}x, CPU {Factor(steepest.CpuFactor)} at {steepest.Workers} workers ({steepest.Smallest} -> {steepest.Largest})",
            growth.Count > 0 && growth.All(g => g.WallFactor <= MaxGrowth && g.CpuFactor is <= MaxGrowth)));
        return verdicts;
    }

    public static string Factor(double? factor) => factor is { } f && double.IsFinite(f) ? $"{f:0.00}x" : "n/a";

    public static string Word(bool met) => met ? "met" : "NOT met";
}
