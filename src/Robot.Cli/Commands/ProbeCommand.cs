using Robot.Application;
using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.Adapters.Probe;
using Robot.Runner;

namespace Robot.Cli.Commands;

/// <summary>
/// probe: with the settings, selectors and logins migrate would use, walks every page and panel a migration uses on
/// both sites and checks every selector key on the way, then writes probe.csv (and screenshots of what is wrong) in
/// the output folder. Saves nothing. Exit 0 all found, 1 ambiguous or a value-map gap, 2 not found or a login failed.
/// </summary>
public sealed class ProbeCommand(CliServices services)
{
    public const string ScreenshotFolderName = "probe-screenshots";

    /// <summary>migrate --probe: the probe first; a probe that exits 2 stops the run before anything is written.</summary>
    public async Task<int> ThenAsync(RunRequest request, Func<Task<int>> next)
    {
        var probe = await RunAsync(request).ConfigureAwait(false);
        if (probe != ProbeReport.NotFoundOrLoginFailed) return await next().ConfigureAwait(false);
        services.Error.WriteLine("robot: the probe found what migrate could not get past (see above); migrate did not start and nothing was changed");
        return ExitCodes.UsageOrConfiguration;
    }

    public async Task<int> RunAsync(RunRequest request)
    {
        RobotConfiguration config;
        ProbeSite server, cloud;
        try
        {
            config = services.LoadConfiguration(request);
            server = new ProbeSite(SelectorCatalog.Load(config.ServerSelectors.FilePath), config.ServerLogin());
            cloud = new ProbeSite(SelectorCatalog.Load(config.CloudSelectors.FilePath), config.CloudLogin());
        }
        catch (Exception error) when (error is ConfigurationException or InvalidDataException)
        {
            return Fail($"configuration error: {error.Message}");
        }
        var rules = config.Settings.ToMappingRules();
        var screenshots = Path.Combine(config.OutputFolder, ScreenshotFolderName);
        if (Directory.Exists(screenshots)) Directory.Delete(screenshots, recursive: true);
        services.Out.WriteLine($"Probing the Server at {server.Login.BaseUrl} and the Cloud at {cloud.Login.BaseUrl} (nothing is saved) …");
        ProbeReport report;
        try
        {
            await using var browser = await services.OpenBrowserAsync(config.Playwright, services.Abort).ConfigureAwait(false);
            var options = new ProbeWalkOptions(browser.Browser, config.Playwright, screenshots,
                request.Verbose ? text => services.Error.WriteLine($"  {text}") : null);
            report = await new ProbeRunner(options, server, cloud, rules).RunAsync().ConfigureAwait(false);
        }
        catch (ConfigurationException error)
        {
            return Fail($"configuration error: {error.Message}");
        }
        catch (Microsoft.Playwright.PlaywrightException error)
        {
            return Fail($"the browser failed: {error.Message.Split('\n')[0]}");
        }
        var csv = Path.Combine(config.OutputFolder, ProbeCsvWriter.FileName);
        ProbeCsvWriter.Write(csv, report);
        new ProbeOutput(services).Print(report, csv, rules.TimeoutUnits.Server);
        return report.ExitCode;
    }

    private int Fail(string message)
    {
        services.Error.WriteLine($"robot: {message}");
        return ExitCodes.UsageOrConfiguration;
    }
}
