using Microsoft.Playwright;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.Sites.Login;

namespace Robot.EndToEnd.Tests.SavedSessions;

/// <summary>
/// Plays the person in front of `robot login`: the robot's real command opens its headed Chromium (on a private Xvfb)
/// with a DevTools endpoint; this connects to that same browser and goes through the identity provider's form and the
/// one-time code, as a person would. The robot alone decides the admin page is reached and writes the session file.
/// One Playwright driver serves every login of the fixture (each login starts a robot, and so a browser, of its own).
/// </summary>
public sealed class PersonAtTheBrowser(SandboxHost sandbox, string workFolder, string settingsFile, string display) : IDisposable
{
    private IPlaywright? playwright;

    /// <summary>The environment of every robot run here: no site password at all, and the private display.</summary>
    public Dictionary<string, string?> Environment(string? configHome = null) => new()
    {
        ["ROBOT_Server__Password"] = null,
        ["ROBOT_Cloud__Password"] = null,
        ["DISPLAY"] = display,
        ["XDG_CONFIG_HOME"] = configHome ?? Path.Combine(workFolder, "config"),
    };

    /// <summary>Runs `robot login --site SITE`, logs in through its browser, and returns what it printed once it exited 0.</summary>
    public async Task<string> LogInAsync(string site, string? sessionFile = null)
    {
        var port = FreePort.Pick();
        List<string> args = ["login", "--site", site, "--settings", settingsFile, "--selectors", RepoPaths.Selectors,
            "--playwright-config", RepoPaths.PlaywrightConfig, "--remote-debugging-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (sessionFile is not null) args.AddRange(["--session-file", sessionFile]);
        using var robot = ChildRobot.Start(args, workFolder, Environment());
        Assert.That(await robot.WaitUntilAsync(() => robot.Printed.Contains("log in at", StringComparison.Ordinal), TimeSpan.FromSeconds(90),
            "the robot opening the login page"), Is.True, robot.Printed);
        Assert.That(robot.Printed, Does.Contain($"DevTools endpoint http://127.0.0.1:{port}"), "the robot says how to reach its browser");

        playwright ??= await Playwright.CreateAsync();
        // Not closed here: the robot closes its browser when it has saved the session, which ends this connection.
        var browser = await playwright.Chromium.ConnectOverCDPAsync($"http://127.0.0.1:{port}");
        var idp = sandbox.Urls.Idp!.GetLeftPart(UriPartial.Authority);
        var page = browser.Contexts.SelectMany(context => context.Pages).Single(p => p.Url.StartsWith(idp, StringComparison.Ordinal));
        var person = sandbox.Context.Options.Login.IdpUser;
        await page.GetByLabel("Work email", new() { Exact = true }).FillAsync(person.User);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        if (site == "cloud" && sandbox.Context.Options.Login.CloudTotp)
        {
            var code = page.GetByLabel("Verification code", new() { Exact = true });
            await code.FillAsync(Totp.Code(sandbox.Context.Options.Login.TotpSecret, DateTimeOffset.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify", Exact = true }).ClickAsync();
        }
        Assert.That(await robot.WaitForExitAsync(TimeSpan.FromMinutes(2)), Is.EqualTo(0), robot.Printed);
        return robot.Printed;
    }

    public void Dispose() => playwright?.Dispose();
}
