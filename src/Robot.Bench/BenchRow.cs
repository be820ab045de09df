using System.Globalization;
using System.Text;

namespace Robot.Bench;

/// <summary>
/// The figures of one run (a list size and a worker count), as bench.csv holds them. CPU figures are milliseconds per
/// connection: the robot's tree (robot, Playwright's driver, Chromium), the lean UI floor's (the bench's Playwright client,
/// driver and Chromium), and the bench's own while the robot ran (its sampling). <paramref name="Trace"/>: the robot's --trace.
/// </summary>
public sealed record BenchRow(
    int Connections,
    int Workers,
    double WallS,
    double P50S,
    double P95S,
    double RobotPeakMib,
    double ChromiumPeakMib,
    double TotalPeakMib,
    double? StartupS,
    double? FloorS,
    bool AllMigrated,
    double? TotalPeakPssMib = null,
    double? CpuMsPerConn = null,
    double? LeanS = null,
    double? LeanCpuMsPerConn = null,
    double? BenchCpuMsPerConn = null,
    string Trace = BenchOptions.TraceOnFailure)
{
    public double WallMsPerConn => Connections > 0 ? WallS * 1000 / Connections : double.NaN;

    public double ConnPerMin => WallS > 0 ? Connections / WallS * 60 : double.NaN;

    public double? FloorConnPerMin => FloorS is > 0 ? Connections / FloorS.Value * 60 : null;

    public double? Ratio => FloorS is > 0 ? WallS / FloorS.Value : null;

    public double? LeanConnPerMin => LeanS is > 0 ? Connections / LeanS.Value * 60 : null;

    /// <summary>Robot wall time over the lean UI floor's: how much of the robot's time is its own rather than the browser's.</summary>
    public double? LeanRatio => LeanS is > 0 ? WallS / LeanS.Value : null;
}

/// <summary>bench.csv: a header and one line per run; numbers with a dot, a blank where a figure is missing.</summary>
public static class BenchCsv
{
    public const string FileName = "bench.csv";

    public const string Header =
        "connections,workers,wall_s,conn_per_min,p50_s,p95_s,robot_peak_mib,chromium_peak_mib,total_peak_mib,startup_s,floor_s,ratio,all_migrated,total_peak_pss_mib," +
        "wall_ms_per_conn,cpu_ms_per_conn,lean_s,lean_ratio,lean_cpu_ms_per_conn,bench_cpu_ms_per_conn,trace";

    public static string Line(BenchRow r) => string.Join(',',
        r.Connections.ToString(CultureInfo.InvariantCulture),
        r.Workers.ToString(CultureInfo.InvariantCulture),
        Number(r.WallS, "0.0"),
        Number(r.ConnPerMin, "0.0"),
        Number(r.P50S, "0.00"),
        Number(r.P95S, "0.00"),
        Number(r.RobotPeakMib, "0"),
        Number(r.ChromiumPeakMib, "0"),
        Number(r.TotalPeakMib, "0"),
        Number(r.StartupS, "0.00"),
        Number(r.FloorS, "0.00"),
        Number(r.Ratio, "0.0"),
        r.AllMigrated ? "true" : "false",
        Number(r.TotalPeakPssMib, "0"),
        Number(r.WallMsPerConn, "0"),
        Number(r.CpuMsPerConn, "0"),
        Number(r.LeanS, "0.00"),
        Number(r.LeanRatio, "0.00"),
        Number(r.LeanCpuMsPerConn, "0"),
        Number(r.BenchCpuMsPerConn, "0"),
        r.Trace);

    public static string Text(IEnumerable<BenchRow> rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var row in rows) text.Append(Line(row)).Append('\n');
        return text.ToString();
    }

    public static string Write(string folder, IEnumerable<BenchRow> rows)
    {
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Text(rows));
        return path;
    }

    private static string Number(double? value, string format) =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "";
}
