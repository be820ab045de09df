using Robot.Adapters.Configuration;

namespace Robot.Domain.Tests.Configuration;

/// <summary>
/// Settings read from an environment given as a function (one run's own, as the end-to-end tests give each run), not
/// the process's: what lets runs with different environments share one process.
/// </summary>
public class InjectedEnvironmentTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();

    [Test]
    public void Variables_only_the_given_environment_has_are_read_in_the_environments_order_of_precedence()
    {
        var path = folder.Write(RobotSettings.FileName, """{ "Workers": 2, "Output": "from-file" }""");
        var settings = RobotSettingsLoader.Load(path, [new("Output", "from-command-line")], Environment(
            ("ROBOT_Cloud__Password", "cloud-pass-of-this-run"), ("ROBOT_Workers", "5"), ("ROBOT_Output", "from-environment")));

        Assert.That((settings.Cloud.Password, settings.Workers, settings.Output),
            Is.EqualTo(("cloud-pass-of-this-run", 5, "from-command-line")));
    }

    [Test]
    public void The_process_environment_is_not_read_where_the_given_one_answers_nothing()
    {
        const string variable = "ROBOT_Server__Password";
        System.Environment.SetEnvironmentVariable(variable, "the-process-password");
        try
        {
            var settings = RobotSettingsLoader.Load(folder.Write(RobotSettings.FileName, "{}"), environment: Environment());
            Assert.That(settings.Server.Password, Is.Null.Or.Empty);
        }
        finally
        {
            System.Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [TestCase(true, true, "/usr/bin/chromium-headless-shell")]
    [TestCase(true, false, "/usr/bin/chromium")]
    [TestCase(false, true, "/usr/bin/chromium")]
    public void Headless_runs_launch_the_headless_shell_when_it_is_installed(bool headless, bool shellInstalled, string launched)
    {
        var settings = new PlaywrightSettings { Headless = headless };
        Assert.That(settings.LaunchPath(path => shellInstalled && path == settings.HeadlessExecutablePath), Is.EqualTo(launched));
    }

    [Test]
    public void A_blank_headless_path_launches_the_executable_path()
    {
        var settings = new PlaywrightSettings { HeadlessExecutablePath = "", ExecutablePath = "/opt/chromium/chrome" };
        Assert.That(settings.LaunchPath(_ => true), Is.EqualTo("/opt/chromium/chrome"));
    }
}
