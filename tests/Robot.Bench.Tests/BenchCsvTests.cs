namespace Robot.Bench.Tests;

public sealed class BenchCsvTests
{
    private static BenchRow Row(int workers, double? floor = 30, double? startup = 2.5) =>
        new(200, workers, WallS: 60, P50S: 1.234, P95S: 2.5, RobotPeakMib: 250.4, ChromiumPeakMib: 900.6, TotalPeakMib: 1151,
            StartupS: startup, FloorS: floor, AllMigrated: true, TotalPeakPssMib: 700,
            CpuMsPerConn: 1834.4, LeanS: 40, LeanCpuMsPerConn: 912.6, BenchCpuMsPerConn: 12.2);

    [Test]
    public void The_header_names_every_column_in_order()
    {
        var lines = BenchCsv.Text([Row(1)]).Split('\n');
        Assert.That(lines[0], Is.EqualTo(
            "connections,workers,wall_s,conn_per_min,p50_s,p95_s,robot_peak_mib,chromium_peak_mib,total_peak_mib,startup_s,floor_s,ratio,all_migrated,total_peak_pss_mib," +
            "wall_ms_per_conn,cpu_ms_per_conn,lean_s,lean_ratio,lean_cpu_ms_per_conn,bench_cpu_ms_per_conn,trace"));
    }

    [Test]
    public void One_line_per_run_with_derived_rate_ratios_and_per_connection_figures()
    {
        var lines = BenchCsv.Text([Row(1), Row(4)]).TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(3));
        Assert.That(lines[1], Is.EqualTo("200,1,60.0,200.0,1.23,2.50,250,901,1151,2.50,30.00,2.0,true,700,300,1834,40.00,1.50,913,12,on-failure"));
        Assert.That(lines[2], Does.StartWith("200,4,"));
    }

    [Test]
    public void A_figure_not_measured_is_left_blank()
    {
        var line = BenchCsv.Line(Row(2, floor: null, startup: null) with { AllMigrated = false, CpuMsPerConn = null, LeanS = null, LeanCpuMsPerConn = null });
        Assert.That(line, Is.EqualTo("200,2,60.0,200.0,1.23,2.50,250,901,1151,,,,false,700,300,,,,,12,on-failure"));
    }

    [Test]
    public void The_file_is_written_into_the_output_folder()
    {
        using var folder = new TempFolder();
        var path = BenchCsv.Write(folder.Path, [Row(1)]);
        Assert.That(path, Is.EqualTo(Path.Combine(folder.Path, "bench.csv")));
        Assert.That(File.ReadAllLines(path), Has.Length.EqualTo(2));
    }
}
