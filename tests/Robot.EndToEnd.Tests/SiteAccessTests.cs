using Robot.Domain;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// A wrong password or a site that cannot be reached, as a user meets them: a fresh output folder, the real robot process
/// for a refused login and for sites that cannot be reached (the others run the same command line in-process, on the
/// fixture's browser: a child adds .NET, a driver and a Chromium). Both sites are logged in to at once before anything
/// is read; either refusing stops the command with exit 2 and one sentence naming the site and what to check, before a
/// single Server connection is read.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class SiteAccessTests : RobotFixture
{
    private const string UnsafeCloud = "http://127.0.0.1:9/";

    private async Task<ChildRun> RunAsync(string command, string output, string? settingsFile = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var run = await ChildRun.RunAsync([.. Robot.CommandLine(command, null, output, settingsFile)], Robot.WorkFolder, Robot.ChildEnvironment(environment));
        TestContext.Progress.WriteLine($"  {command}: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:0.0} s");
        return run;
    }

    /// <summary>The same command line in-process; <paramref name="settingsFile"/>'s text stands in the harness's settings for this run.</summary>
    private async Task<ChildRun> InProcessAsync(string command, string output, string? settingsFile = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        if (settingsFile is not null) File.Copy(settingsFile, Robot.SettingsFile, overwrite: true);
        try
        {
            var run = await Robot.RunAsync(command, outputFolder: output, environment: Robot.EnvironmentWith(environment ?? new Dictionary<string, string?>()));
            return run.AsPrinted();
        }
        finally
        {
            Robot.WriteSettings();
        }
    }

    /// <summary>robot.settings.json with the sandbox's logins and other addresses.</summary>
    private string SettingsWith(string? server = null, string? cloud = null)
    {
        var options = Sandbox.Context.Options;
        var path = Path.Combine(Robot.WorkFolder, $"settings-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $$"""
            {
              "Server": { "BaseUrl": "{{server ?? Sandbox.Urls.Server.ToString()}}", "Username": "{{options.ServerAdmin.User}}" },
              "Cloud": { "BaseUrl": "{{cloud ?? Sandbox.Urls.Cloud.ToString()}}", "Email": "{{options.CloudAdmin.User}}" },
              "Workers": 2
            }
            """);
        return path;
    }

    /// <summary>
    /// Exit 2 with exactly these lines on stderr and no stack trace; no Server connection opened or even listed, and
    /// nothing in the output folder but the step log and the Cloud page object's screenshot of a fault
    /// (evidence/…-fault.png: the browser's own error page).
    /// </summary>
    private static void AssertStoppedBeforeReading(string output, ChildRun run, params string[] errorLines)
    {
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.ErrorLines, Is.EqualTo(errorLines), run.ToString());
        Assert.That(run.PrintedAStackTrace, Is.False, run.ToString());
        var files = Directory.Exists(output)
            ? Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(file => !file.EndsWith("-fault.png", StringComparison.Ordinal))
                .Select(Path.GetFileName).ToList()
            : [];
        Assert.That(files, Is.SubsetOf(new[] { "steps.log" }), run.ToString());
        var steps = Path.Combine(output, "steps.log");
        var lines = File.Exists(steps) ? File.ReadAllLines(steps) : [];
        Assert.That(lines.Where(line => line.Contains(GuideStep.OpenServerConnections.Title(), StringComparison.Ordinal)
            || line.Contains(GuideStep.ServerEdit.Title(), StringComparison.Ordinal)), Is.Empty, "the Server's connections were read");
    }

    [Test]
    public async Task A_wrong_Cloud_password_stops_migrate_before_the_Server_is_read()
    {
        var output = Robot.NewOutputFolder();
        var run = await RunAsync("migrate", output, environment: new Dictionary<string, string?> { ["ROBOT_Cloud__Password"] = "not-the-password" });
        Assert.That(run.Printed, Does.Not.Contain("not-the-password"));
        AssertStoppedBeforeReading(output, run,
            $"robot: login refused: the Cloud refused the login of '{Sandbox.Context.Options.CloudAdmin.User}' (check ROBOT_Cloud__Password); nothing was read or changed");
    }

    [Test]
    public async Task A_wrong_Server_password_stops_plan_naming_the_Server()
    {
        var output = Robot.NewOutputFolder();
        var run = await InProcessAsync("plan", output, environment: new Dictionary<string, string?> { ["ROBOT_Server__Password"] = "not-the-password" });
        AssertStoppedBeforeReading(output, run,
            $"robot: login refused: the Server refused the login of '{Sandbox.Context.Options.ServerAdmin.User}' (check ROBOT_Server__Password); nothing was read or changed");
    }

    [Test]
    public async Task A_Cloud_on_a_port_Chromium_refuses_is_said_in_words_with_exit_2()
    {
        var output = Robot.NewOutputFolder();
        var run = await InProcessAsync("migrate", output, SettingsWith(cloud: UnsafeCloud));
        AssertStoppedBeforeReading(output, run,
            $"robot: the Cloud site at {UnsafeCloud} cannot be reached: Chromium refuses port 9 as unsafe; check Cloud:BaseUrl");
    }

    [Test]
    public async Task Two_sites_that_cannot_be_reached_are_both_named_Server_first()
    {
        var port = FreePort.Pick();
        var output = Robot.NewOutputFolder();
        var run = await RunAsync("plan", output, SettingsWith(server: $"http://127.0.0.1:{port}/", cloud: UnsafeCloud));
        AssertStoppedBeforeReading(output, run,
            $"robot: the Server site at http://127.0.0.1:{port}/ cannot be reached: nothing is listening on 127.0.0.1 port {port} (connection refused); check Server:BaseUrl",
            $"robot: the Cloud site at {UnsafeCloud} cannot be reached: Chromium refuses port 9 as unsafe; check Cloud:BaseUrl");
    }

    [Test]
    public async Task Inventory_of_a_Server_where_nothing_listens_exits_2_in_one_sentence()
    {
        var port = FreePort.Pick();
        var output = Robot.NewOutputFolder();
        var run = await InProcessAsync("inventory", output, SettingsWith(server: $"http://127.0.0.1:{port}/"));
        AssertStoppedBeforeReading(output, run,
            $"robot: the Server site at http://127.0.0.1:{port}/ cannot be reached: nothing is listening on 127.0.0.1 port {port} (connection refused); check Server:BaseUrl");
    }
}
