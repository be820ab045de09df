using System.Diagnostics;
using System.Text.RegularExpressions;
using Robot.Cli;
using Robot.Cli.Demo;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// robot demo as ./run.sh demo runs it: the sandbox as a child process (ROBOT_SANDBOX_COMMAND), a migration against
/// it, the summary and the CSV path, and the sandbox stopped afterwards. Limited with --only to keep the suite short;
/// the full default-seed migration is DefaultSeedMigrationTests.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public partial class DemoTests
{
    [Test]
    public async Task Demo_starts_the_sandbox_migrates_prints_the_summary_and_stops_it()
    {
        var sandboxDll = RepoPaths.SandboxDll(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(TestContext.CurrentContext.TestDirectory)!)!));
        if (!File.Exists(sandboxDll)) sandboxDll = RepoPaths.SandboxDll("Release");
        Assert.That(File.Exists(sandboxDll), Is.True, sandboxDll);

        var folder = Directory.CreateTempSubdirectory("robot-e2e-demo-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "robot.settings.json"), """{ "Output": "out", "Workers": 1 }""");
            var output = new StringWriter();
            var error = new StringWriter();
            var clock = Stopwatch.StartNew();
            var exit = await RobotCli.RunAsync(
                ["demo", "--only", "Support IMAP SSL", "--only", "Gmail Sales (OAuth)", "--only", "Legacy Gmail (OAuth)", "--selectors", RepoPaths.Selectors, "--playwright-config", RepoPaths.PlaywrightConfig],
                new CliServices
                {
                    Out = output,
                    Error = error,
                    WorkingDirectory = folder,
                    Environment = name => name == SandboxProcess.CommandVariable ? $"dotnet \"{sandboxDll}\"" : Environment.GetEnvironmentVariable(name),
                });
            TestContext.Progress.WriteLine($"  demo: exit {exit} in {clock.Elapsed.TotalSeconds:0.0} s\n{output}\n{error}");

            Assert.That(exit, Is.EqualTo(1), "Legacy Gmail waits for its OAuth2 credential's secret: " + error);
            var text = output.ToString();
            Assert.That(text, Does.Contain("migrated        Support IMAP SSL"));
            // The credentials first: the one only on the Server is migrated and so is its connection; the withheld one
            // and its connection need the secret. No connection whose credential the Server has is blocked-oauth.
            Assert.That(text, Does.Contain("OAuth2 Credentials 'Google Sales Project': migrated")
                .And.Contain("OAuth2 Credentials 'Legacy Google Project': needs-secret")
                .And.Contain("migrated        Gmail Sales (OAuth)")
                .And.Contain("needs-secret    Legacy Gmail (OAuth)")
                .And.Not.Contain("blocked-oauth"));
            Assert.That(text, Does.Contain("needs a person: 'Google Sales Project': register"), "the Cloud's callback URL to register");
            var results = ResultsLine().Match(text);
            Assert.That(results.Success, Is.True, text);
            Assert.That(File.Exists(results.Groups[1].Value.Trim()), Is.True);
            Assert.That(results.Groups[1].Value, Does.StartWith(Path.Combine(folder, "out", "demo-")));

            var pid = int.Parse(PidLine().Match(text).Groups[1].Value);
            Assert.That(ProcessGone(pid), Is.True, $"the sandbox (pid {pid}) is stopped after the demo");
            Assert.That(text + error, Does.Not.Contain("admin-sandbox-pw").And.Not.Contain("cloud-sandbox-pw"), "the sandbox's logins are not printed");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool ProcessGone(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [GeneratedRegex(@"^results: (.+)$", RegexOptions.Multiline)]
    private static partial Regex ResultsLine();

    [GeneratedRegex(@"sandbox pid (\d+)")]
    private static partial Regex PidLine();
}
