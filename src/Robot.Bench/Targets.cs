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
    public const double MaxStartupS = 3;

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
        return verdicts;
    }

    public static string Word(bool met) => met ? "met" : "NOT met";
}
