using System.Globalization;
using Spectre.Console;

namespace Robot.Bench;

/// <summary>The tables the bench prints: one per run as it ends, then all runs with the targets.</summary>
public sealed class BenchReport(IAnsiConsole console)
{
    public void Line(string text) => console.MarkupLine(Markup.Escape(text));

    public void Run(BenchRow row, FloorResult? floor, RobotRunResult robot)
    {
        var table = new Table().Title(Markup.Escape($"{row.Workers} worker(s), {row.Connections} connections"))
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
        table.AddRow("startup to first Server page", row.StartupS is { } s ? $"{s:0.00} s" : "not seen", Verdict(row.StartupS is < Targets.MaxStartupS, "< 3 s"));
        table.AddRow("HTTP floor", floor is null ? "not run" : $"{row.FloorS:0.00} s ({row.FloorConnPerMin:0}/min)" + (floor.Problems.Count > 0 ? $", {floor.Problems.Count} failed" : ""), "");
        table.AddRow("robot / floor", row.Ratio is { } r ? $"{r:0.0}x" : "n/a", Verdict(row.Ratio is <= Targets.MaxRatio, "<= 5x"));
        console.Write(table);
    }

    public void Summary(IReadOnlyList<BenchRow> rows, string csvPath)
    {
        var table = new Table().Title("benchmark")
            .AddColumns("workers", "wall s", "conn/min", "p50 s", "p95 s", "robot MiB", "chromium MiB", "total MiB", "PSS MiB", "startup s", "floor s", "floor/min", "ratio", "all migrated");
        foreach (var r in rows)
            table.AddRow(Invariant(r.Workers), Invariant(r.WallS, "0.0"), Invariant(r.ConnPerMin, "0.0"), Invariant(r.P50S, "0.00"), Invariant(r.P95S, "0.00"),
                Invariant(r.RobotPeakMib, "0"), Invariant(r.ChromiumPeakMib, "0"), Invariant(r.TotalPeakMib, "0"), Invariant(r.TotalPeakPssMib, "0"),
                Invariant(r.StartupS, "0.00"), Invariant(r.FloorS, "0.00"), Invariant(r.FloorConnPerMin, "0"), Invariant(r.Ratio, "0.0"), r.AllMigrated ? "yes" : "[red]NO[/]");
        console.Write(table);

        var targets = new Table().Title("targets").AddColumns("target", "measured", "verdict");
        foreach (var v in Targets.Judge(rows))
            targets.AddRow(Markup.Escape(v.Target), Markup.Escape(v.Figure), Verdict(v.Met, ""));
        console.Write(targets);
        Line("p50/p95: results.csv duration_ms (one worker's time writing the connection on Cloud: Add, fill, Test Connection, Save, list check; the Server read before it is not in it); " +
             "startup: robot process start to the end of steps.log step 1.1 (the Server's connection list shown after the login); " +
             "memory: peak of the summed RSS of the robot's process tree (robot = dotnet + Playwright's node driver, Chromium = every chromium process under it), " +
             "sampled every 100 ms; RSS counts shared pages once per process (an upper bound), PSS shares them out.");
        Line($"bench.csv: {csvPath}");
    }

    private static string Verdict(bool met, string target) =>
        (target.Length > 0 ? Markup.Escape(target) + " " : "") + (met ? "[green]met[/]" : "[red]NOT met[/]");

    private static string Short(RobotRunResult robot)
    {
        var migrated = robot.Rows.Count(r => r.Status == "migrated");
        return $"{migrated} of the rows migrated, robot exit {robot.ExitCode}, see {robot.LogFile}";
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";
}
