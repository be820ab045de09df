using System.Globalization;
using Spectre.Console;

namespace Robot.Bench;

/// <summary>The tables the bench prints: one per run as it ends, then all runs with the targets.</summary>
public sealed class BenchReport(IAnsiConsole console)
{
    public void Line(string text) => console.MarkupLine(Markup.Escape(text));

    public void Run(BenchRow row, FloorResult? floor, RobotRunResult robot)
    {
        var table = new Table().Title(Markup.Escape($"{row.Workers} worker(s), {row.Connections} connections, --trace {row.Trace} (figures taken on this machine as it is: other load included)"))
            .AddColumn("figure").AddColumn(new TableColumn("value").RightAligned()).AddColumn("target");
        table.AddRow("migrated", Markup.Escape(row.AllMigrated ? $"all {row.Connections}" : "NO: " + Short(robot)), "");
        table.AddRow("wall time", $"{row.WallS:0.0} s", "");
        table.AddRow("connections per minute", $"{row.ConnPerMin:0.0}", Verdict(row.ConnPerMin >= Targets.MinConnPerMin, ">= 200"));
        table.AddRow("p50 / p95 per connection", $"{row.P50S:0.00} s / {row.P95S:0.00} s", "");
        table.AddRow("peak robot (dotnet + node)", $"{row.RobotPeakMib:0} MiB", "");
        table.AddRow("peak Chromium", $"{row.ChromiumPeakMib:0} MiB", "");
        table.AddRow("peak total (RSS sum)", $"{row.TotalPeakMib:0} MiB",
            row.Workers == Targets.PeakWorkers ? Verdict(row.TotalPeakMib < Targets.MaxPeakMib, "< 1.5 GiB") : "(judged at 4 workers)");
        table.AddRow("peak total (PSS sum)", row.TotalPeakPssMib is { } pss ? $"{pss:0} MiB" : "not readable", "");
        table.AddRow("startup to first Server page", row.StartupS is { } s ? $"{s:0.00} s" : "not seen", Verdict(row.StartupS is < Targets.MaxStartupS, $"< {Targets.MaxStartupS:0} s"));
        table.AddRow("CPU per connection (robot + driver + Chromium)", Ms(row.CpuMsPerConn), Verdict(row.CpuMsPerConn is <= Targets.MaxCpuMsPerConn, $"<= {Targets.MaxCpuMsPerConn:0} ms"));
        if (robot.Cpu is { } cpu)
            table.AddRow("  cross-check: CPU of the ended, reaped tree", Ms(RunCpu.MsPerConnection(cpu.Reaped, row.Connections)), "");
        table.AddRow("bench's own CPU per connection (sampling)", Ms(row.BenchCpuMsPerConn), "");
        table.AddRow("HTTP floor (Server read + Test + Save)", floor is null ? "not run" : $"{row.FloorS:0.00} s ({row.FloorConnPerMin:0}/min)" + (floor.Problems.Count > 0 ? $", {floor.Problems.Count} failed" : ""), "");
        table.AddRow("robot / HTTP floor", row.Ratio is { } r ? $"{r:0.0}x" : "n/a", Verdict(row.Ratio is <= Targets.MaxRatio, $"<= {Targets.MaxRatio:0}x"));
        table.AddRow("lean UI floor", row.LeanS is { } lean ? $"{lean:0.00} s ({row.LeanConnPerMin:0}/min), CPU {Ms(row.LeanCpuMsPerConn)}/connection" : "not run or failed", "");
        table.AddRow("robot / lean UI floor", row.LeanRatio is { } lr ? $"{lr:0.00}x" : "n/a", Verdict(row.LeanRatio is <= Targets.MaxLeanRatio, $"<= {Targets.MaxLeanRatio:0.0}x"));
        console.Write(table);
    }

    public void Summary(IReadOnlyList<BenchRow> rows, string csvPath)
    {
        var table = new Table().Title("benchmark")
            .AddColumns("conns", "workers", "wall s", "conn/min", "ms/conn", "CPU ms/conn", "p50 s", "p95 s", "total MiB", "PSS MiB", "startup s",
                "HTTP floor s", "ratio", "lean UI s", "lean ratio", "lean CPU ms/conn", "trace", "all migrated");
        foreach (var r in rows)
            table.AddRow(Invariant(r.Connections), Invariant(r.Workers), Invariant(r.WallS, "0.0"), Invariant(r.ConnPerMin, "0.0"), Invariant(r.WallMsPerConn, "0"),
                Invariant(r.CpuMsPerConn, "0"), Invariant(r.P50S, "0.00"), Invariant(r.P95S, "0.00"), Invariant(r.TotalPeakMib, "0"), Invariant(r.TotalPeakPssMib, "0"),
                Invariant(r.StartupS, "0.00"), Invariant(r.FloorS, "0.00"), Invariant(r.Ratio, "0.0"), Invariant(r.LeanS, "0.00"), Invariant(r.LeanRatio, "0.00"),
                Invariant(r.LeanCpuMsPerConn, "0"), Markup.Escape(r.Trace), r.AllMigrated ? "yes" : "[red]NO[/]");
        console.Write(table);

        var growth = GrowthFactor.Of(rows);
        if (growth.Count > 0)
        {
            var factors = new Table().Title("growth of the cost per connection (largest list / smallest)").AddColumns("workers", "trace", "lists", "wall per connection", "CPU per connection");
            foreach (var g in growth)
                factors.AddRow(Invariant(g.Workers), Markup.Escape(g.Trace), $"{g.Smallest} -> {g.Largest}", Targets.Factor(g.WallFactor), Targets.Factor(g.CpuFactor));
            console.Write(factors);
        }

        var targets = new Table().Title("targets").AddColumns("target", "measured", "verdict");
        foreach (var v in Targets.Judge(rows))
            targets.AddRow(Markup.Escape(v.Target), Markup.Escape(v.Figure), Verdict(v.Met, ""));
        console.Write(targets);
        Line("p50/p95: results.csv duration_ms (one worker's time writing the connection on Cloud: Add, fill, Test Connection, Save, list check; the Server read before it is not in it); " +
             "startup: robot process start to the end of steps.log step 1.1 (the Server's connection list shown after the login); " +
             "memory: peak of the summed RSS of the robot's process tree (robot = dotnet + Playwright's node driver, Chromium = every chromium process under it), " +
             "sampled every 250 ms (PSS every 1 s); RSS counts shared pages once per process (an upper bound), PSS shares them out; " +
             "CPU: utime + stime from /proc of every process of the tree, each at its last sample, summed, over the connections; " +
             "HTTP floor: the sites' JSON APIs (Server read, Test, Save); lean UI floor: the same clicks and fills in Chromium, no checks, evidence or retries. " +
             "Figures depend on the machine's other load at the time.");
        Line($"bench.csv: {csvPath}");
    }

    private static string Verdict(bool met, string target) =>
        (target.Length > 0 ? Markup.Escape(target) + " " : "") + (met ? "[green]met[/]" : "[red]NOT met[/]");

    private static string Short(RobotRunResult robot)
    {
        var migrated = robot.Rows.Count(r => r.Status == "migrated");
        return $"{migrated} of the rows migrated, robot exit {robot.ExitCode}, see {robot.LogFile}";
    }

    private static string Ms(double? value) => value is { } v && double.IsFinite(v) ? $"{v:0} ms" : "not measured";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
