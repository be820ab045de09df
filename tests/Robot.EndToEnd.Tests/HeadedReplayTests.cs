using System.Diagnostics;
using Robot.Adapters.Evidence;
using Robot.Cli;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// QA replay: one connection migrated in a headed Chromium (the robot launches its own, as in production) on a private
/// Xvfb display, slowed down; steps.log lists the guide's steps in order, and the display shows a Chromium window while
/// it runs (xwininfo), which a headless launch never maps. Not parallel: the browser takes DISPLAY from the process.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs), NonParallelizable]
public partial class HeadedReplayTests : RobotFixture
{
    [Test]
    public async Task A_headed_slowed_replay_under_Xvfb_follows_the_guides_steps_in_order()
    {
        if (!File.Exists("/usr/bin/Xvfb")) Assert.Fail("Xvfb is not installed: ./run.sh test installs it (or NEED_XVFB=1 ./run.sh setup)");
        var display = 99;
        while (File.Exists($"/tmp/.X11-unix/X{display}") || File.Exists($"/tmp/.X{display}-lock")) display++;
        using var xvfb = Process.Start(new ProcessStartInfo("/usr/bin/Xvfb", $":{display} -screen 0 1366x900x24 -nolisten tcp")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var previousDisplay = Environment.GetEnvironmentVariable("DISPLAY");
        try
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists($"/tmp/.X11-unix/X{display}") && clock.Elapsed < TimeSpan.FromSeconds(10) && !xvfb.HasExited)
                await Task.Delay(50);
            Assert.That(File.Exists($"/tmp/.X11-unix/X{display}"), Is.True, "Xvfb is up");
            Environment.SetEnvironmentVariable("DISPLAY", $":{display}");

            var output = new StringWriter();
            var error = new StringWriter();
            var folder = Robot.NewOutputFolder("headed");
            var running = RobotCli.RunAsync(
                ["migrate", "--headed", "--slow-mo", "40", "--only", "Support IMAP SSL", "--settings", Robot.SettingsFile,
                 "--selectors", RepoPaths.Selectors, "--playwright-config", RepoPaths.PlaywrightConfig, "--output", folder],
                new CliServices { Out = output, Error = error, WorkingDirectory = Robot.WorkFolder, Environment = Robot.EnvironmentVariable });
            var windows = new HashSet<string>();
            // Looked for until the first window shows: each look starts an xwininfo process.
            while (!running.IsCompleted && windows.Count == 0)
            {
                windows.UnionWith(await ChromiumWindowsAsync(display));
                await Task.WhenAny(running, Task.Delay(200));
            }
            var exit = await running;
            TestContext.Progress.WriteLine($"  headed replay: exit {exit} in {clock.Elapsed.TotalSeconds:0.0} s");
            Assert.That(exit, Is.EqualTo(0), $"{output}\n{error}");
            Assert.That(windows, Is.Not.Empty, "a Chromium window was mapped on the Xvfb display while the robot ran");

            var lines = await File.ReadAllLinesAsync(Path.Combine(folder, StepLog.FileName));
            Assert.That(EvidenceReportTests.StepsOf(lines, "Support IMAP SSL"), Is.EqualTo(new[] { "1.2", "2.1", "2.2", "3", "4", "5", "6" }),
                string.Join('\n', lines));
            Assert.That(error.ToString(), Does.Contain("step 5 Cloud: Test Connection 'Support IMAP SSL'"), "replay mode shows the steps");
        }
        finally
        {
            Environment.SetEnvironmentVariable("DISPLAY", previousDisplay);
            if (!xvfb.HasExited)
            {
                xvfb.Kill();
                await xvfb.WaitForExitAsync();
            }
            // Killed, Xvfb leaves its socket and lock behind: remove them so the display number is free again.
            File.Delete($"/tmp/.X11-unix/X{display}");
            File.Delete($"/tmp/.X{display}-lock");
        }
    }

    /// <summary>Top-level windows of Chromium's class with a size, as xwininfo lists the display's window tree.</summary>
    private static async Task<IReadOnlyList<string>> ChromiumWindowsAsync(int display)
    {
        using var xwininfo = Process.Start(new ProcessStartInfo("xwininfo", $"-display :{display} -root -tree")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("xwininfo did not start (./run.sh test installs x11-utils)");
        var tree = await xwininfo.StandardOutput.ReadToEndAsync();
        await xwininfo.WaitForExitAsync();
        return tree.Split('\n')
            .Where(line => line.Contains("\"Chromium\")", StringComparison.OrdinalIgnoreCase) && WindowSize().IsMatch(line))
            .Select(line => line.Trim())
            .ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s[1-9]\d*x[1-9]\d*[+-]")]
    private static partial System.Text.RegularExpressions.Regex WindowSize();
}
