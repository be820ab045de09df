using Robot.Cli;
using Robot.Cli.Demo;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests.Unit;

/// <summary>The command line's refusals: exit code 2, a clear message, and no browser or site touched.</summary>
[Category(TestTiers.Unit), NonParallelizable]
public class CommandLineTests
{
    private static async Task<(int Exit, string Out, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var services = new CliServices
        {
            Out = output,
            Error = error,
            WorkingDirectory = workingDirectory,
            Environment = _ => null,
            Browser = (_, _) => throw new AssertionException("a usage or configuration error must not open a browser"),
        };
        var exit = await RobotCli.RunAsync(args, services);
        return (exit, output.ToString(), error.ToString());
    }

    private string folder = "";

    [SetUp]
    public void MakeFolder() => folder = Directory.CreateTempSubdirectory("robot-cli-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task No_command_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync(folder);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("robot:"));
    }

    [Test]
    public async Task Unknown_option_is_a_usage_error()
    {
        var (exit, _, error) = await RunAsync(folder, "migrate", "--frobnicate");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--frobnicate"));
    }

    // Exit 2 alone proves nothing here: the folder has no settings file, which is exit 2 too. The message says which.
    [TestCase("0", "--workers must be 1-32, not 0")]
    [TestCase("33", "--workers must be 1-32, not 33")]
    [TestCase("many", "'many'")]
    public async Task Workers_out_of_range_is_a_usage_error(string workers, string message)
    {
        var (exit, _, error) = await RunAsync(folder, "migrate", "--workers", workers);
        Assert.That(exit, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain(message).And.Contain("--workers"));
        Assert.That(error, Does.Not.Contain(RobotSettingsFileName), "refused for the option, before any settings are looked for");
    }

    private const string RobotSettingsFileName = "robot.settings.json";

    [Test]
    public async Task Help_lists_the_commands_and_options()
    {
        var (exit, output, _) = await RunAsync(folder, "migrate", "--help");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("--only").And.Contain("--update-existing").And.Contain("--save-on-test-failure")
            .And.Contain("--resume").And.Contain("--workers").And.Contain("--output").And.Contain("--settings"));
    }

    [Test]
    public async Task A_missing_settings_file_is_named()
    {
        var (exit, _, error) = await RunAsync(folder, "inventory", "--settings", "nowhere.json");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("nowhere.json").And.Contain("not found"));
    }

    [Test]
    public async Task A_password_in_the_settings_file_is_refused()
    {
        var settings = Path.Combine(folder, "robot.settings.json");
        File.WriteAllText(settings, """{ "Server": { "BaseUrl": "http://127.0.0.1:1/", "Username": "admin", "Password": "in-the-file" } }""");
        var (exit, output, error) = await RunAsync(folder, "inventory", "--settings", settings, "--selectors", RepoPaths.Selectors);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("Server:Password").And.Contain("environment"));
        Assert.That(output + error, Does.Not.Contain("in-the-file"));
    }

    [Test]
    public async Task A_missing_site_password_names_the_environment_variable()
    {
        var settings = Path.Combine(folder, "robot.settings.json");
        File.WriteAllText(settings, """{ "Server": { "BaseUrl": "http://127.0.0.1:1/", "Username": "admin" } }""");
        var saved = Environment.GetEnvironmentVariable("ROBOT_Server__Password");
        Environment.SetEnvironmentVariable("ROBOT_Server__Password", null);
        try
        {
            // The browser factory throws if reached: the missing password must be found first.
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await RobotCli.RunAsync(
                ["inventory", "--settings", settings, "--selectors", RepoPaths.Selectors, "--playwright-config", RepoPaths.PlaywrightConfig],
                new CliServices
                {
                    Out = output, Error = error, WorkingDirectory = folder,
                    Browser = (_, _) => Task.FromResult<IBrowserLease>(new NoBrowser()),
                });
            Assert.That(exit, Is.EqualTo(2), error.ToString());
            Assert.That(error.ToString(), Does.Contain("ROBOT_Server__Password"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ROBOT_Server__Password", saved);
        }
    }

    [Test]
    public async Task A_broken_selector_file_is_named_with_its_key()
    {
        var selectors = Path.Combine(folder, "selectors");
        Directory.CreateDirectory(selectors);
        File.Copy(Path.Combine(RepoPaths.Selectors, "cloud.json"), Path.Combine(selectors, "cloud.json"));
        File.WriteAllText(Path.Combine(selectors, "server.json"),
            File.ReadAllText(Path.Combine(RepoPaths.Selectors, "server.json")).Replace("\"role:row\"", "\"row\"", StringComparison.Ordinal));
        var settings = Path.Combine(folder, "robot.settings.json");
        File.WriteAllText(settings, """{ "Server": { "BaseUrl": "http://127.0.0.1:1/", "Username": "admin" } }""");
        var (exit, _, error) = await RunAsync(folder, "inventory", "--settings", settings, "--selectors", selectors,
            "--playwright-config", RepoPaths.PlaywrightConfig);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain(Path.Combine(selectors, "server.json")).And.Contain("'list.row'"));
    }

    [Test]
    public async Task Demo_without_a_sandbox_command_says_how_to_give_one()
    {
        // With no ROBOT_SANDBOX_COMMAND the demo falls back to the sandbox built in this repository;
        // here the environment says a command that does not exist, which must be refused clearly.
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await RobotCli.RunAsync(["demo"], new CliServices
        {
            Out = output, Error = error, WorkingDirectory = folder,
            Environment = name => name == SandboxProcess.CommandVariable ? "/nonexistent/sandbox-binary" : null,
        });
        Assert.That(exit, Is.EqualTo(2), error.ToString());
        Assert.That(error.ToString(), Does.Contain(SandboxProcess.CommandVariable));
    }

    [Test]
    public void Sandbox_command_splits_like_a_shell()
    {
        Assert.That(SandboxProcess.SplitCommand("dotnet '/a b/Robot.Sandbox.dll' --x"), Is.EqualTo(new[] { "dotnet", "/a b/Robot.Sandbox.dll", "--x" }));
        Assert.That(SandboxProcess.SplitCommand("  dotnet   \"x\"  "), Is.EqualTo(new[] { "dotnet", "x" }));
    }

    private sealed class NoBrowser : IBrowserLease
    {
        public Microsoft.Playwright.IBrowser Browser => throw new AssertionException("the browser must not be used");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
