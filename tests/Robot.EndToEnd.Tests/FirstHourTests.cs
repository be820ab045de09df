using System.Diagnostics;
using System.Text;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// Small things a new user meets in the first hour (issue 11, item 8), each through the built robot (and sandbox) as
/// child processes, with real files on disk: parse errors in words, settings given as --Section:Key=value, the
/// secrets file's permissions and place, the sandbox's start lines.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class FirstHourTests
{
    private string folder = "";

    [SetUp]
    public void MakeFolder() => folder = Directory.CreateTempSubdirectory("robot-first-hour-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [TestCase("--workers", "many", "--workers takes a whole number, not 'many'")]
    [TestCase("--slow-mo", "fast", "--slow-mo takes a whole number, not 'fast'")]
    public async Task A_value_of_the_wrong_kind_is_refused_in_words(string option, string value, string message)
    {
        var run = await RobotAsync(["migrate", option, value]);
        Assert.That(run.Exit, Is.EqualTo(2), run.Printed);
        Assert.That(run.Printed, Does.Contain(message).And.Not.Contain("System."));
    }

    [Test]
    public async Task A_setting_given_as_Section_Key_is_used_and_an_unknown_one_refused()
    {
        var settings = WriteSettings("\"Server\": { \"BaseUrl\": \"\", \"Username\": \"admin\" }");
        var refused = await RobotAsync(["inventory", "--settings", settings, "--Server:Nope=1"]);
        Assert.That(refused.Exit, Is.EqualTo(2), refused.Printed);
        Assert.That(refused.Printed, Does.Contain("Server:Nope").And.Contain("command line"));

        var port = FreePort.Pick();
        var used = await RobotAsync(["inventory", "--settings", settings, $"--Server:BaseUrl=http://127.0.0.1:{port}/"],
            ("ROBOT_Server__Password", "not-a-real-one"));
        Assert.That(used.Printed, Does.Not.Contain("Unrecognized").And.Not.Contain("is blank").And.Contain($"127.0.0.1:{port}"),
            "the robot went to the URL given");
    }

    [Test]
    public async Task A_secrets_file_anyone_can_change_is_refused()
    {
        var secrets = WriteSecrets(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);
        var run = await RobotAsync(["inventory", "--settings", WriteSettings(SiteAndSecrets(secrets))], ("ROBOT_Server__Password", "x"));
        Assert.That(run.Exit, Is.EqualTo(2), run.Printed);
        Assert.That(run.Printed, Does.Contain("can be changed by every user").And.Contain($"chmod 600 {secrets}"));
    }

    [Test]
    public async Task A_secrets_file_others_can_read_or_inside_a_repository_is_warned_about()
    {
        var repository = Directory.CreateDirectory(Path.Combine(folder, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        var secrets = WriteSecrets(repository, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var run = await RobotAsync(["inventory", "--settings", WriteSettings(SiteAndSecrets(secrets))], ("ROBOT_Server__Password", "x"));
        Assert.That(run.Printed, Does.Contain($"secrets file {secrets} can be read by other users (mode 0644)"));
        Assert.That(run.Printed, Does.Contain($"is inside the git repository {repository}"));

        File.SetUnixFileMode(secrets, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(secrets, Path.Combine(folder, "secrets.json"));
        var quiet = await RobotAsync(["inventory", "--settings", WriteSettings(SiteAndSecrets(Path.Combine(folder, "secrets.json")))], ("ROBOT_Server__Password", "x"));
        Assert.That(quiet.Printed, Does.Not.Contain("warning"), "a private file outside any repository is fine");
    }

    [Test]
    public async Task The_sandbox_says_where_its_mail_server_listens_in_words()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { RepoPaths.SandboxDll("Release"), "--data-dir", Path.Combine(folder, "data") }) start.ArgumentList.Add(arg);
        using var sandbox = Process.Start(start)!;
        var printed = new StringBuilder();
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (await sandbox.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                printed.AppendLine(line);
                if (line.StartsWith("Ready.", StringComparison.Ordinal)) break;
            }
        }
        finally
        {
            Process.Start("kill", ["-TERM", sandbox.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            await sandbox.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        }
        var mail = printed.ToString().Split('\n').Single(l => l.StartsWith("Mail:", StringComparison.Ordinal));
        Assert.That(mail, Does.Match(@"^Mail:\s+IMAP 127\.0\.0\.1:\d+, IMAP SSL/TLS 127\.0\.0\.1:\d+, POP3 127\.0\.0\.1:\d+, POP3 SSL/TLS 127\.0\.0\.1:\d+, SMTP 127\.0\.0\.1:\d+\s*$"));
    }

    private static string SiteAndSecrets(string secrets) =>
        $"\"Server\": {{ \"BaseUrl\": \"http://127.0.0.1:{FreePort.Pick()}/\", \"Username\": \"admin\" }}, \"SecretsFile\": \"{secrets}\"";

    private string WriteSettings(string members)
    {
        var path = Path.Combine(folder, "robot.settings.json");
        File.WriteAllText(path, $"{{ {members}, \"Output\": \"out\" }}");
        return path;
    }

    private static string WriteSecrets(string where, UnixFileMode mode)
    {
        var path = Path.Combine(where, "secrets.json");
        File.WriteAllText(path, "{ \"Some Connection\": \"secret\" }");
        File.SetUnixFileMode(path, mode);
        return path;
    }


    /// <summary>dotnet robot.dll ARGS in the test's folder with only the given site variables; its exit code and all it printed.</summary>
    private async Task<(int Exit, string Printed)> RobotAsync(string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        start.ArgumentList.Add(RepoPaths.RobotDll);
        foreach (var arg in args.Concat(["--selectors", RepoPaths.Selectors, "--playwright-config", RepoPaths.PlaywrightConfig])) start.ArgumentList.Add(arg);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ROBOT_", StringComparison.Ordinal)).ToList()) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await output + await error);
    }
}
