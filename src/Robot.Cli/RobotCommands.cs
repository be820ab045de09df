using Robot.Adapters.Configuration;
using Robot.Adapters.Ledger;
using Robot.Application;
using Robot.Application.Evidence;

namespace Robot.Cli;

/// <summary>
/// The commands that drive the sites: each loads and checks the configuration, opens the browser, hands the work to a
/// <see cref="MigrationSession"/>, prints what it did and turns that (or the fault that stopped it) into an exit code.
/// </summary>
public sealed class RobotCommands(CliServices services)
{
    private readonly Report report = new(services);

    public Task<int> InventoryAsync(RunRequest request) => GuardAsync(request, null, needsCloud: false, async session =>
    {
        var inventory = await session.InventoryAsync().ConfigureAwait(false);
        report.Inventory(inventory.Connections, inventory.Path, inventory.Elapsed);
        return ExitCodes.AttentionIf(inventory.AnyUnreadable);
    });

    public Task<int> PlanAsync(RunRequest request) => GuardAsync(request, null, needsCloud: true, async session =>
    {
        await session.PlanAsync(plan => report.Plan(plan.Plan, plan.Path, plan.Elapsed)).ConfigureAwait(false);
        return ExitCodes.Success;
    });

    public Task<int> MigrateAsync(RunRequest request, Action<RobotSettings>? adjust = null) => GuardAsync(request, adjust, needsCloud: true, async session =>
    {
        var migration = await session.MigrateAsync().ConfigureAwait(false);
        report.Summary(migration.Run, migration.ResultsPath, migration.Elapsed, migration.SkippedAsDone);
        report.Credentials(migration.Credentials, Path.Combine(Path.GetDirectoryName(migration.ResultsPath)!, Robot.Adapters.Ledger.CredentialsCsvWriter.FileName));
        if (migration.ReportPath is { } html) report.Line($"report: {html}");
        return Math.Max(ExitCodes.Of(migration.Run.Verdict), ExitCodes.AttentionIf(migration.Credentials.Any(c => !c.OnCloud)));
    });

    /// <summary>mailcheck: a test email to every password connection's mailbox (Server settings, secrets for withheld passwords).</summary>
    public Task<int> MailcheckAsync(RunRequest request) => GuardAsync(request, null, needsCloud: false, async session =>
    {
        var check = await session.MailcheckAsync().ConfigureAwait(false);
        report.Line($"mail check of {check.Checked} connection(s) in {check.Elapsed.TotalSeconds:0.0} s: {check.NotDelivered} not delivered");
        return ExitCodes.AttentionIf(check.NotDelivered > 0);
    });

    /// <summary>verify: the Cloud read back and compared with the Server field by field; verify.csv; exit 1 on any difference.</summary>
    public Task<int> VerifyAsync(RunRequest request) => GuardAsync(request, null, needsCloud: true, async session =>
    {
        var verify = await session.VerifyAsync().ConfigureAwait(false);
        var connections = verify.Differences.Select(d => d.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        report.Line($"verified {verify.Verified} connection(s) in {verify.Elapsed.TotalSeconds:0.0} s: " +
                    $"{verify.Differences.Count} difference(s) in {connections} connection(s); {verify.Path}");
        if (verify.Credentials is { } credentials)
            report.Line($"verified {credentials.Verified} OAuth2 Credentials: {credentials.Differences.Count} difference(s); {credentials.Path}");
        return ExitCodes.AttentionIf(verify.Differences.Count > 0 || verify.Credentials?.Differences.Count > 0);
    });

    /// <summary>report: report.html again from results.csv and the evidence folder of the output folder; no browser.</summary>
    public int RegenerateReport(RunRequest request)
    {
        RobotConfiguration config;
        try
        {
            config = services.LoadConfiguration(request);
        }
        catch (Exception error) when (error is ConfigurationException or InvalidDataException)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, $"configuration error: {error.Message}");
        }
        var resultsPath = Path.Combine(config.OutputFolder, CsvResultsLedger.FileName);
        if (!File.Exists(resultsPath))
            return report.Fail(ExitCodes.UsageOrConfiguration, $"no {CsvResultsLedger.FileName} in {config.OutputFolder}; run migrate first");
        try { CsvResultsLedger.ReadAll(resultsPath); }
        catch (InvalidDataException error) { return report.Fail(ExitCodes.UsageOrConfiguration, error.Message); }
        var evidence = new RunEvidence(Output, request, config.OutputFolder, () => RobotSites.Secrets(config), services.Clock, services.Abort);
        var path = evidence.WriteReport();
        if (path is null) return ExitCodes.NeedsAttention;
        report.Line($"report: {path}");
        return ExitCodes.Success;
    }

    private ConsoleSessionOutput Output => new(services, report);

    /// <summary>Loads the configuration (exit 2 on a problem, before any browser starts), opens the browser, runs, maps faults to exit codes.</summary>
    private async Task<int> GuardAsync(RunRequest request, Action<RobotSettings>? adjust, bool needsCloud, Func<MigrationSession, Task<int>> body)
    {
        RobotConfiguration config;
        try
        {
            config = LoadChecked(request, adjust, needsCloud);
        }
        catch (Exception error) when (error is ConfigurationException or InvalidDataException)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, $"configuration error: {error.Message}");
        }
        try
        {
            await using var browser = await services.OpenBrowserAsync(config.Playwright, services.Abort).ConfigureAwait(false);
            return await body(new MigrationSession(config, request, browser.Browser, Output, services.Clock, services.Abort)).ConfigureAwait(false);
        }
        catch (Exception error) when (FaultExits.Of(error, services.Abort) is { } exit)
        {
            foreach (var message in exit.Messages) report.Warn(message);
            return exit.Code;
        }
    }

    /// <summary>The configuration, with both logins checked before a browser starts, so that a missing one touches nothing.</summary>
    private RobotConfiguration LoadChecked(RunRequest request, Action<RobotSettings>? adjust, bool needsCloud)
    {
        var config = services.LoadConfiguration(request, adjust);
        config.ServerLogin();
        if (needsCloud) config.CloudLogin();
        foreach (var warning in config.Warnings) services.Error.WriteLine($"robot: warning: {warning}");
        return config;
    }
}
