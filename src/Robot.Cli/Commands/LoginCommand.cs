using Robot.Application;
using System.CommandLine;
using System.Globalization;
using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.Runner;

namespace Robot.Cli;

/// <summary>
/// login: a person logs in to one site in a visible browser (password, SSO, one-time code: whatever the site asks; the
/// robot types nothing); once the site's admin page shows, the browser session is saved owner-only for later runs.
/// </summary>
public static class LoginCommand
{
    public const int DefaultWaitMinutes = 10;

    public static Command Build(CliServices services, Option<string> settings, Option<string> selectors, Option<string> playwright)
    {
        var site = new Option<string>("--site") { Description = "Which site to log in to", HelpName = "cloud|server", Required = true };
        site.AcceptOnlyFromAmong("cloud", "server");
        var sessionFile = new Option<string>("--session-file") { Description = $"Where to save the session (default: {SavedSession.DefaultPath("SITE")})", HelpName = "PATH" };
        var debugPort = new Option<int?>("--remote-debugging-port") { Description = "Also open Chromium's DevTools endpoint on 127.0.0.1:PORT, to reach the browser from chrome://inspect (through an ssh tunnel) or Playwright's connectOverCDP", HelpName = "PORT" };
        var wait = new Option<int?>("--wait-minutes") { Description = $"How long to wait for the admin page (default {DefaultWaitMinutes})", HelpName = "N" };
        var login = new Command("login", "Open a visible browser at a site's login; once you have logged in (password, SSO, one-time code) and its admin page shows, save the browser session (owner-only) for --session-file");
        foreach (var option in new Option[] { site, sessionFile, debugPort, wait, settings, selectors, playwright }) login.Options.Add(option);
        login.SetAction((r, _) => RunAsync(services, new RunRequest
        {
            SettingsFile = r.GetValue(settings),
            SelectorsFolder = r.GetValue(selectors),
            PlaywrightConfig = r.GetValue(playwright),
            Headed = true,
        }, r.GetValue(site) == "cloud" ? "Cloud" : "Server", r.GetValue(sessionFile), r.GetValue(debugPort), r.GetValue(wait) ?? DefaultWaitMinutes));
        return login;
    }

    private static async Task<int> RunAsync(CliServices services, RunRequest request, string site, string? sessionFile, int? debugPort, int waitMinutes)
    {
        var report = new Report(services);
        RobotConfiguration config;
        try
        {
            config = services.LoadConfiguration(request);
        }
        catch (Exception error) when (error is ConfigurationException or InvalidDataException)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, $"configuration error: {error.Message}");
        }
        var baseUrl = site == "Cloud" ? config.Settings.Cloud.BaseUrl : config.Settings.Server.BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
            return report.Fail(ExitCodes.UsageOrConfiguration, $"configuration error: {site}:BaseUrl is blank; set it in {config.Settings.SourceFile} or as ROBOT_{site}__BaseUrl");
        var display = services.Environment("DISPLAY");
        if (string.IsNullOrWhiteSpace(display) && string.IsNullOrWhiteSpace(config.Playwright.WsEndpoint))
            return report.Fail(ExitCodes.UsageOrConfiguration,
                "there is no display for the browser window (DISPLAY is not set): run it as `./run.sh login --site ...`, which starts a private Xvfb, or set DISPLAY");
        var path = Path.GetFullPath(sessionFile ?? SavedSession.DefaultPath(site), services.WorkingDirectory);
        var url = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        if (debugPort is { } port)
        {
            config.Playwright.Args.Add($"--remote-debugging-port={port.ToString(CultureInfo.InvariantCulture)}");
            config.Playwright.Args.Add("--remote-debugging-address=127.0.0.1");
        }
        try
        {
            await using var browser = await services.OpenBrowserAsync(config.Playwright, services.Abort).ConfigureAwait(false);
            report.Line($"a browser window is open on display {display}{(debugPort is { } p ? $"; DevTools endpoint http://127.0.0.1:{p}" : "")}");
            var admin = InteractiveLogin.AdminPageOf(site, site == "Cloud" ? config.CloudSelectors : config.ServerSelectors);
            var state = await InteractiveLogin.WaitForAdminPageAsync(browser.Browser, config.Playwright, url, admin,
                TimeSpan.FromMinutes(waitMinutes), report.Line, services.Abort).ConfigureAwait(false);
            var saved = new SavedSession(site, url, TimeProvider.System.GetUtcNow(), state, path);
            saved.Save();
            report.Line($"saved the {site} session of {url} to {path} (readable by you only)");
            report.Line($"use it with: robot migrate --session-file {path}   (or {site}:SessionFile in robot.settings.json)");
            return ExitCodes.Success;
        }
        catch (TimeoutException)
        {
            return report.Fail(ExitCodes.NeedsAttention, $"the {site}'s admin page did not show within {waitMinutes} minutes; nothing was saved");
        }
        catch (OperationCanceledException) when (services.Abort.IsCancellationRequested)
        {
            return report.Fail(ExitCodes.Aborted, "stopped; nothing was saved");
        }
        catch (Microsoft.Playwright.PlaywrightException error)
        {
            return report.Fail(ExitCodes.NeedsAttention, $"the browser went away before the admin page showed ({error.Message.Split('\n')[0]}); nothing was saved");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, $"cannot write {path}: {error.Message}");
        }
    }
}
