using Robot.TestSupport;
using System.Text.Json.Nodes;
using Robot.EndToEnd.Tests.SavedSessions;
using Robot.Sandbox.Hosting;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// Saved sessions through the real `robot` process: a sandbox whose Cloud login goes through an SSO redirect and a
/// one-time code and whose Server login goes through a SAML-like redirect, so no password the robot could hold opens
/// either site. A person (played through the robot's own browser) logs in with `robot login`; the runs use the files.
/// Runs beside other fixtures: its sandbox, Xvfb display, work folder and every robot's environment (DISPLAY,
/// XDG_CONFIG_HOME, no site password) are its own, handed to child processes; nothing changes the test process's.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Order(FixtureOrder.SavedSession)]
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class SavedSessionTests
{
    private static readonly string[] Names = ["Support IMAP", "Sales POP3", "Helpdesk IMAP", "Billing IMAP SSL"];

    private SandboxHost sandbox = null!;
    private PrivateXvfb xvfb = null!;
    private string work = null!;
    private string settings = null!;
    private PersonAtTheBrowser person = null!;
    private readonly List<string> cookieValues = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        sandbox = await SandboxHost.StartAsync(new SandboxOptions
        {
            Login = new LoginOptions { CloudSso = true, CloudTotp = true, ServerSso = true },
        });
        xvfb = await PrivateXvfb.StartAsync();
        work = Path.Combine(Path.GetTempPath(), $"robot-sessions-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        settings = Path.Combine(work, "robot.settings.json");
        // No user names, no passwords: only where the sites are.
        File.WriteAllText(settings, $$"""
            { "Server": { "BaseUrl": "{{sandbox.Urls.Server}}" }, "Cloud": { "BaseUrl": "{{sandbox.Urls.Cloud}}" },
              "Output": "out", "Workers": 1, "Retry": { "Count": 2, "BaseDelayMs": 200 } }
            """);
        person = new PersonAtTheBrowser(sandbox, work, settings, xvfb.Display);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        person.Dispose();
        await xvfb.DisposeAsync();
        await sandbox.DisposeAsync();
        Directory.Delete(work, recursive: true);
    }

    private string CloudFile => Path.Combine(work, "sessions", "cloud.json");

    /// <summary>Where `robot login` puts the Server's session by default: $XDG_CONFIG_HOME/robot/.</summary>
    private string ServerFile => Path.Combine(work, "config", "robot", "server-session.json");

    private async Task LogInToBothAsync()
    {
        await person.LogInAsync("cloud", CloudFile);
        await person.LogInAsync("server");
        RememberCookies();
        sessionsFresh = true;
    }

    /// <summary>
    /// Whether the saved sessions are good: each headed login costs a robot process and a full Chromium, so the
    /// mid-run expiry uses the first test's sessions rather than logging in again.
    /// </summary>
    private bool sessionsFresh;

    /// <summary>The cookie values of the sessions just saved: what the artifact scan looks for.</summary>
    private void RememberCookies()
    {
        foreach (var file in new[] { CloudFile, ServerFile })
        {
            var state = JsonNode.Parse(File.ReadAllText(file))!["storageState"]!;
            cookieValues.AddRange(state["cookies"]!.AsArray().Select(cookie => cookie!["value"]!.GetValue<string>()).Where(v => v.Length >= 8));
        }
    }

    private Task<ChildRun> RobotAsync(params string[] args) =>
        ChildRun.RunAsync([.. args, "--settings", settings, "--selectors", RepoPaths.Selectors, "--playwright-config", RepoPaths.PlaywrightConfig],
            work, person.Environment());

    private string[] Sessions => ["--session-file", CloudFile, "--session-file", ServerFile];

    /// <summary>For runs whose connections all pass (a trace is kept on failure only); the mid-run expiry keeps the default trace to scan.</summary>
    private static readonly string[] TraceOff = ["--trace", "off"];

    private static string[] Only(IEnumerable<string> names) => names.SelectMany(name => new[] { "--only", name }).ToArray();

    [Test, Order(1)]
    public async Task A_person_logs_in_through_SSO_and_a_one_time_code_and_migrate_uses_the_saved_sessions_with_no_password()
    {
        var cloudSaid = await person.LogInAsync("cloud", CloudFile);
        Assert.That(cloudSaid, Does.Contain($"saved the Cloud session of {sandbox.Urls.Cloud} to {CloudFile}"));
        var serverSaid = await person.LogInAsync("server");
        Assert.That(serverSaid, Does.Contain(ServerFile), "without --session-file the session goes to the user's config folder");
        foreach (var file in new[] { CloudFile, ServerFile })
            Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{file} is owner-only");
        Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(ServerFile)!) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead), Is.EqualTo(UnixFileMode.None));
        RememberCookies();
        sessionsFresh = true;

        var output = Path.Combine(work, "first");
        var run = await RobotAsync(["migrate", .. Sessions, .. Only(Names[..2]), "--output", output, "--evidence", .. TraceOff]);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var cloud = (await SandboxState.ReadAsync(sandbox)).Cloud.Select(c => c.Name).ToList();
        Assert.That(cloud, Is.SupersetOf(Names[..2]));
    }

    [Test, Order(2)]
    public async Task A_session_file_other_users_may_read_is_refused()
    {
        var open = Path.Combine(work, "open-cloud.json");
        File.Copy(CloudFile, open, overwrite: true);
        File.SetUnixFileMode(open, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var run = await RobotAsync("plan", "--session-file", open, "--session-file", ServerFile, "--output", Path.Combine(work, "open"));
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Errors, Does.Contain("other users of this machine may read this session file").And.Contain("chmod 600"));
    }

    [Test, Order(3)]
    public async Task A_session_that_expires_mid_run_ends_with_exit_3_and_resume_after_a_new_login_finishes_with_no_cookie_in_any_artifact()
    {
        // The sessions the first test saved are still good (nothing expired them since); run alone, this test logs in itself.
        if (!sessionsFresh) await LogInToBothAsync();
        var output = Path.Combine(work, "mid-run");
        var results = Path.Combine(output, "results.csv");
        string[] args = ["migrate", .. Sessions, .. Only(Names[2..]), .. Only(["Support IMAP SSL", "Sales POP3 SSL"]), "--output", output,
            "--evidence", "--settings", settings, "--selectors", RepoPaths.Selectors, "--playwright-config", RepoPaths.PlaywrightConfig];
        int exit;
        string printed;
        using (var robot = ChildRobot.Start(args, work, person.Environment()))
        {
            // The first row is written: the run is in the middle of its writes. The Cloud's session, the one the writes
            // use, ends now; the Server's stays good, so the resume below needs one new login, not two.
            Assert.That(await robot.WaitUntilAsync(() => File.Exists(results) && File.ReadAllLines(results).Length >= 2, TimeSpan.FromMinutes(3),
                "the first row"), Is.True, robot.Printed);
            sessionsFresh = false;
            Assert.That(sandbox.Context.CloudSessions.ExpireAll(), Is.GreaterThan(0), "the run's Cloud session ended");
            exit = await robot.WaitForExitAsync(TimeSpan.FromMinutes(3));
            printed = robot.Printed;
        }
        Assert.That(exit, Is.EqualTo(3), printed);
        Assert.That(printed, Does.Contain("session saved on").And.Contain("has expired: run `robot login --site cloud` again"));
        var rows = File.ReadAllLines(results).Skip(1).ToList();
        Assert.That(rows, Has.Some.Contains(",migrated,"), "the rows before the expiry are there");
        Assert.That(rows, Has.Some.Contains("has expired: run `robot login --site cloud` again"), "the connection in hand has its row");
        Assert.That(rows.Count, Is.LessThan(4), "no connection started after the expiry");
        // Scanned now: a resume that migrates the failed connection drops its trace.
        Assert.That(Directory.EnumerateFiles(output, "trace.zip", SearchOption.AllDirectories), Is.Not.Empty, "the failed connection kept a trace to scan");
        AssertNoCookieIn(output);

        await person.LogInAsync("cloud", CloudFile);
        RememberCookies();
        sessionsFresh = true;
        var resumed = await RobotAsync(["migrate", .. Sessions, .. Only(Names[2..]), .. Only(["Support IMAP SSL", "Sales POP3 SSL"]),
            "--output", output, "--evidence", "--resume", .. TraceOff]);
        Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.ToString());
        var cloud = (await SandboxState.ReadAsync(sandbox)).Cloud.Select(c => c.Name).ToList();
        Assert.That(cloud, Is.SupersetOf(Names.Concat(["Support IMAP SSL", "Sales POP3 SSL"])));

        AssertNoCookieIn(Path.Combine(work, "first"));
        AssertNoCookieIn(output);
        Assert.That(SecretScan.TextContaining(printed + resumed.Printed, cookieValues), Is.Empty, "nor in what the robot printed");
    }

    [Test, Order(4)]
    public async Task An_expired_session_stops_the_run_before_anything_with_exit_2_and_says_to_log_in_again()
    {
        var before = (await SandboxState.ReadAsync(sandbox)).Raw;
        await ExpireEverySessionAsync();
        var run = await RobotAsync(["migrate", .. Sessions, .. Only(Names), "--output", Path.Combine(work, "expired")]);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        var saved = JsonNode.Parse(File.ReadAllText(CloudFile))!["savedUtc"]!.GetValue<DateTimeOffset>().UtcDateTime;
        Assert.That(run.Errors, Does.Contain($"the Cloud session saved on {saved:yyyy-MM-dd HH:mm} UTC has expired: run `robot login --site cloud` again"));
        Assert.That(run.Errors, Does.Contain("the Server session saved on").And.Contain("run `robot login --site server` again"));
        Assert.That((await SandboxState.ReadAsync(sandbox)).Raw, Is.EqualTo(before), "nothing changed on either site");
        Assert.That(run.PrintedAStackTrace, Is.False, run.Printed);
    }

    private void AssertNoCookieIn(string folder)
    {
        Assert.That(cookieValues, Is.Not.Empty);
        Assert.That(SecretScan.FilesContaining(folder, cookieValues), Is.Empty,
            "no session cookie value in any artifact (CSV, logs, screenshots, unzipped traces)");
    }

    private async Task ExpireEverySessionAsync()
    {
        sessionsFresh = false;
        using var http = new HttpClient { BaseAddress = sandbox.Urls.Cloud };
        using var response = await http.PostAsync("_sandbox/sessions/expire", null);
        response.EnsureSuccessStatusCode();
    }
}
