using System.Diagnostics;

namespace Robot.Bench.Tests;

public sealed class LeanUiFloorTests
{
    [Test]
    public void Every_selector_the_lean_floor_uses_is_in_the_repository_s_selector_files()
    {
        var selectors = RepoPaths.Locate().Selectors;
        Assert.DoesNotThrow(() => LeanServerReader.Load(selectors));
        Assert.DoesNotThrow(() => LeanCloudWriter.Load(selectors));
    }

    [Test]
    public void The_lean_floor_s_time_and_cpu_go_into_the_row_beside_the_robot_s()
    {
        var robot = new RobotRunResult(0, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(2), new MemoryPeaks(1, 2, 3, 0, 1), [], "/out", "/out/robot.log",
            new RunCpu(TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(101), TimeSpan.FromSeconds(2)));
        var lean = new LeanResult(TimeSpan.FromSeconds(60), 50, [], new RunCpu(TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(41), TimeSpan.Zero),
            new MemoryPeaks(1, 2, 3, 0, 1));

        var row = BenchRunner.Row(50, 1, robot, floor: null, allMigrated: true, lean);

        Assert.That(row.CpuMsPerConn, Is.EqualTo(2000));
        Assert.That(row.BenchCpuMsPerConn, Is.EqualTo(40));
        Assert.That(row.LeanS, Is.EqualTo(60));
        Assert.That(row.LeanCpuMsPerConn, Is.EqualTo(800));
        Assert.That(row.LeanRatio, Is.EqualTo(1.5));
    }

    [Test]
    public void The_bench_program_runs_the_lean_floor_as_its_child_command_and_fails_plainly_without_a_sandbox()
    {
        using var folder = new TempFolder();
        var benchDll = typeof(LeanUiFloor).Assembly.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { benchDll, LeanUiFloor.Command, Path.Combine(folder.Path, "missing-urls.json"), "3", "1" }) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.EqualTo(1));
        Assert.That(error.Result, Does.StartWith("lean UI floor: ").And.Contain("missing-urls.json"));
    }
}
