using System.Diagnostics;

namespace Robot.Bench.Tests;

/// <summary>--trace: the robot's failure trace on or off for the bench's robot runs, an A/B of what recording costs.</summary>
public sealed class BenchTraceTests
{
    [Test]
    public void Without_trace_the_robot_runs_with_its_own_default_on_failure() =>
        Assert.That(BenchOptions.Parse([]).Traces, Is.EqualTo(new[] { "on-failure" }));

    [TestCase("off", new[] { "off" })]
    [TestCase("on-failure,off", new[] { "on-failure", "off" })]
    [TestCase("OFF, on-failure,off", new[] { "off", "on-failure" })]
    public void Trace_takes_a_list_of_the_robot_s_modes_in_the_order_given(string text, string[] expected) =>
        Assert.That(BenchOptions.Parse(["--trace", text]).Traces, Is.EqualTo(expected));

    [Test]
    public void The_robot_is_started_with_the_run_s_trace_mode()
    {
        var repo = new RepoPaths("/repo", "Release");
        var args = RobotRun.Arguments(repo, 2, "off", "/out/w2", "/out/w2/robot.settings.json");
        Assert.That(args, Is.EqualTo(new[]
        {
            "migrate", "--workers", "2", "--trace", "off", "--output", "/out/w2", "--settings", "/out/w2/robot.settings.json",
            "--selectors", "/repo/selectors", "--playwright-config", "/repo/playwright.config.json",
        }));
    }

    [Test]
    public void Bench_csv_says_which_trace_mode_each_run_had()
    {
        var row = new BenchRow(50, 2, 60, 1, 2, 250, 900, 1150, 2, null, true) with { Trace = "off" };
        var lines = BenchCsv.Text([row with { Trace = "on-failure" }, row]).TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Does.EndWith(",bench_cpu_ms_per_conn,trace"));
        Assert.That(lines[1], Does.EndWith(",on-failure"));
        Assert.That(lines[2], Does.EndWith(",off"));
    }

    [Test]
    public void Growth_is_told_per_trace_mode_never_across_them()
    {
        BenchRow Row(int connections, double wall, string trace) =>
            new(connections, 2, wall, 1, 2, 250, 900, 1150, 2, null, true, CpuMsPerConn: wall) { Trace = trace };
        var growth = GrowthFactor.Of([Row(50, 50, "on-failure"), Row(50, 25, "off"), Row(200, 400, "on-failure"), Row(200, 100, "off")]);
        Assert.That(growth.Select(g => (g.Trace, g.WallFactor)), Is.EquivalentTo(new[] { ("on-failure", 2.0), ("off", 1.0) }));
    }

    [Test]
    public void The_bench_program_refuses_an_unknown_trace_mode_and_its_help_names_the_option()
    {
        var (refused, refusal) = RunBench("--trace", "always");
        Assert.That(refused, Is.EqualTo(2));
        Assert.That(refusal, Does.Contain("--trace takes on-failure, off or both as a comma-separated list, not 'always'"));

        var (helped, help) = RunBench("--help");
        Assert.That(helped, Is.EqualTo(0));
        Assert.That(help, Does.Contain("--trace LIST"));
    }

    private static (int ExitCode, string Output) RunBench(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(BenchOptions).Assembly.Location);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
