using System.Diagnostics;
using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.Adapters.Ledger;
using Robot.Cli.Evidence;
using Robot.Domain;
using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Cli;

/// <summary>inventory, plan and migrate: load and check the configuration, open the browser, drive the sites.</summary>
public sealed partial class RobotCommands(CliServices services)
{
    private readonly Report report = new(services);

    // Each site is logged in to once per command; every further browser context starts from that login's storage state.
    private readonly SharedSession serverSession = new();
    private readonly SharedSession cloudSession = new();
    private RunEvidence? qa;

    /// <summary>The step log (steps.log) and, with --evidence, the evidence folder of this command's output folder.</summary>
    private RunEvidence Qa(RobotConfiguration config, RunRequest request) =>
        qa ??= new RunEvidence(services, request, config.OutputFolder, () => SiteSecrets(config));

    private static IEnumerable<string?> SiteSecrets(RobotConfiguration config)
    {
        string? server = null, cloud = null;
        try { server = config.ServerLogin().Password; } catch (ConfigurationException) { }
        try { cloud = config.CloudLogin().Password; } catch (ConfigurationException) { }
        // A saved session's cookies are credentials as much as a password.
        return [server, cloud, .. config.Sessions.Values.SelectMany(saved => saved.SecretValues())];
    }

    /// <summary>report: report.html again from results.csv and the evidence folder of the output folder; no browser.</summary>
    public int RegenerateReport(RunRequest request)
    {
        RobotConfiguration config;
        try
        {
            config = RobotConfiguration.Load(request, services.WorkingDirectory, null);
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
        var path = Qa(config, request).WriteReport();
        if (path is null) return ExitCodes.NeedsAttention;
        report.Line($"report: {path}");
        return ExitCodes.Success;
    }

    public Task<int> InventoryAsync(RunRequest request) => GuardAsync(request, null, needsCloud: false, async (config, browser) =>
    {
        var clock = Stopwatch.StartNew();
        await using var server = await OpenServerAsync(config, browser, request).ConfigureAwait(false);
        var connections = await ReadServerAsync(server, config, request).ConfigureAwait(false);
        var path = Path.Combine(config.OutputFolder, InventoryCsvWriter.FileName);
        InventoryCsvWriter.Write(path, connections);
        report.Inventory(connections, path, clock.Elapsed);
        return connections.Any(c => c.Unreadable is not null) ? ExitCodes.NeedsAttention : ExitCodes.Success;
    });

    public Task<int> PlanAsync(RunRequest request) => GuardAsync(request, null, needsCloud: true, async (config, browser) =>
    {
        var clock = Stopwatch.StartNew();
        await using var cloud = NewCloudSite(config, browser, config.CloudLogin(), request);
        var plan = await ReadBothSitesAndPlanAsync(config, browser, cloud, request).ConfigureAwait(false);
        var path = Path.Combine(config.OutputFolder, PlanCsvWriter.FileName);
        PlanCsvWriter.Write(path, plan);
        report.Plan(plan, path, clock.Elapsed);
        if (request.Preflight) await PreflightPlanAsync(config, plan).ConfigureAwait(false);
        return ExitCodes.Success;
    });

    public Task<int> MigrateAsync(RunRequest request, Action<RobotSettings>? adjust = null) => GuardAsync(request, adjust, needsCloud: true, async (config, browser) =>
    {
        var clock = Stopwatch.StartNew();
        var cloudLogin = config.CloudLogin();
        var settings = config.Settings;
        // Read before anything else so that a results file of another kind is refused before the sites are touched.
        using var ledger = new CsvResultsLedger(Path.Combine(config.OutputFolder, CsvResultsLedger.FileName));
        if (ledger.CutRowLeftOut) report.Line($"{ledger.FilePath} ends with a row cut short (a run stopped while writing it); that row is left out");
        var previous = request.Resume ? ledger.Earlier : [];

        var planningSite = NewCloudSite(config, browser, cloudLogin, request);
        await using var planningSiteGuard = planningSite.ConfigureAwait(false);
        // A resumed run does not open the Edit panel of connections an earlier run finished: they are skipped anyway.
        var doneBefore = LedgerHistory.DoneNames(previous);
        var interrupted = request.Resume ? CreateJournal.Interrupted(config.OutputFolder, previous) : new HashSet<string>();
        var plan = await ReadBothSitesAndPlanAsync(config, browser, planningSite, request, writeInventory: true, skip: doneBefore,
            interrupted: interrupted).ConfigureAwait(false);
        PlanCsvWriter.Write(Path.Combine(config.OutputFolder, PlanCsvWriter.FileName), plan);
        var skippedAsDone = doneBefore.Count(name => NameGlob.MatchesAny(request.Only, name) && request.Shard.Contains(name));
        report.PlanLoaded(plan, skippedAsDone);

        var options = new RunnerOptions
        {
            Workers = settings.Workers,
            RetryCount = settings.Retry.Count,
            RetryBaseDelay = TimeSpan.FromMilliseconds(settings.Retry.BaseDelayMs),
            SaveOnTestFailure = settings.SaveOnTestFailure,
        };
        // Worker 0 reuses the planning page (already logged in); the others open their own.
        var planningSiteTaken = 0;
        CloudSiteFactory factory = async (worker, cancellationToken) =>
        {
            if (worker == 0 && Interlocked.Exchange(ref planningSiteTaken, 1) == 0) return planningSite;
            var site = NewCloudSite(config, browser, cloudLogin, request);
            try
            {
                // Log in now, so that a refused login is the factory's answer (the runner then stops asking).
                await site.OpenAsync(cancellationToken).ConfigureAwait(false);
                return site;
            }
            catch
            {
                await site.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        };
        options = await WithMailChecksAsync(options, config, request, plan).ConfigureAwait(false);
        using var journal = new CreateJournal(config.OutputFolder);
        var beforeWrite = options.BeforeWrite;
        options = options with
        {
            BeforeWrite = async (planned, cancellationToken) =>
            {
                var refused = beforeWrite is null ? null : await beforeWrite(planned, cancellationToken).ConfigureAwait(false);
                if (refused is null && planned.Decision == PlanDecision.Create) journal.Begin(planned.Name);
                return refused;
            },
        };
        var runner = new MigrationRunner(options, factory, ledger);
        var toDo = plan.Count(planned => !doneBefore.Contains(planned.Name));
        var result = await report.TrackAsync(toDo, progress => runner.RunAsync(plan, previous, progress, services.Abort)).ConfigureAwait(false);
        report.Summary(result, ledger.FilePath, clock.Elapsed, skippedAsDone);
        if (Qa(config, request).WriteReport() is { } html) report.Line($"report: {html}");
        return result.ExitCode;
    });

    /// <param name="skip">Names <paramref name="server"/> does not read (done by an earlier run), compared without case.</param>
    private async Task<IReadOnlyList<ServerConnection>> ReadServerAsync(ParallelServerReader server, RobotConfiguration config, RunRequest request,
        IReadOnlySet<string>? skip = null)
    {
        var login = config.ServerLogin();
        report.Line($"Reading the Server's Incoming Mail Connections at {login.BaseUrl} …");
        var connections = await report.TrackServerReadAsync(Steps(request), progress => server.ReadConnectionsAsync(progress, services.Abort))
            .ConfigureAwait(false);
        RequireOnlyMatches(request, connections, skip);
        // The list's names decided which rows were read; the names read from the panels decide the share.
        return request.Shard.IsAll ? connections : connections.Where(connection => request.Shard.Contains(connection.Name)).ToList();
    }

    private PlaywrightCloudSite NewCloudSite(RobotConfiguration config, IBrowserLease browser, SiteLogin login, RunRequest request) =>
        new(browser.Browser, config.Playwright, config.CloudSelectors, login, new CloudSiteOptions
        {
            ReadBackExisting = config.Settings.UpdateExisting,
            EvidenceFolder = Path.Combine(config.OutputFolder, "evidence"),
            Evidence = Qa(config, request).Folder,
            Guide = Qa(config, request).Guide,
            Traces = Qa(config, request).Traces,
            MaskAlso = SiteSecrets(config).ToList(),
        }, Steps(request))
        {
            Session = cloudSession,
        };

    /// <summary>
    /// Reads the Server (every connection) and the Cloud (its connections and OAuth2 clients) at the same time, each in
    /// its own browser context, then plans. Changes nothing on either site.
    /// </summary>
    private async Task<IReadOnlyList<PlannedConnection>> ReadBothSitesAndPlanAsync(
        RobotConfiguration config, IBrowserLease browser, PlaywrightCloudSite cloud, RunRequest request, bool writeInventory = false,
        IReadOnlySet<string>? skip = null, IReadOnlySet<string>? interrupted = null)
    {
        await using var server = await OpenServerAsync(config, browser, request, skip, cloud).ConfigureAwait(false);
        var (connections, cloudInventory) = await BothSitesAsync(ReadServerAsync(server, config, request, skip), ReadCloudAsync(cloud)).ConfigureAwait(false);
        if (writeInventory) InventoryCsvWriter.Write(Path.Combine(config.OutputFolder, InventoryCsvWriter.FileName), connections);

        var planner = new Planner(new ConnectionMapper(config.Settings.ToMappingRules()), new PlannerOptions
        {
            UpdateExisting = config.Settings.UpdateExisting,
            Only = request.Only,
            PasswordFor = config.Secrets.PasswordFor,
            InterruptedCreates = interrupted ?? new HashSet<string>(),
        });
        return planner.Plan(connections, cloudInventory);
    }

    /// <summary>Awaits both sites' reads, started together; on failure, the Server's is reported first, then the Cloud's (a stable order).</summary>
    private static async Task<(TServer Server, TCloud Cloud)> BothSitesAsync<TServer, TCloud>(Task<TServer> server, Task<TCloud> cloud)
    {
        try
        {
            await Task.WhenAll(server, cloud).ConfigureAwait(false);
        }
        catch
        {
            if (server.IsFaulted) await server.ConfigureAwait(false);
            if (cloud.IsFaulted) await cloud.ConfigureAwait(false);
            throw;
        }
        return (server.Result, cloud.Result);
    }

    private async Task<CloudInventory> ReadCloudAsync(ICloudSite cloud)
    {
        report.Line("Reading what the Cloud already has …");
        return await CloudInventoryReader.ReadAsync(cloud, services.Abort).ConfigureAwait(false);
    }

    private Action<string>? Steps(RunRequest request) => request.Verbose ? report.Step : null;

    /// <summary>Every browser context of a site entered through a saved session starts from it: nobody logs in.</summary>
    private void StartFromSavedSessions(RobotConfiguration config)
    {
        if (config.Sessions.TryGetValue("Server", out var server)) serverSession.StartFrom(server.StorageState);
        if (config.Sessions.TryGetValue("Cloud", out var cloud)) cloudSession.StartFrom(cloud.StorageState);
    }

    /// <summary>Loads the configuration (exit 2 on a problem, before any browser starts), opens the browser, runs, maps faults to exit codes.</summary>
    private async Task<int> GuardAsync(RunRequest request, Action<RobotSettings>? adjust, bool needsCloud, Func<RobotConfiguration, IBrowserLease, Task<int>> body)
    {
        RobotConfiguration config;
        try
        {
            config = RobotConfiguration.Load(request, services.WorkingDirectory, adjust);
            // Both logins are checked before a browser starts, so a missing one touches nothing.
            config.ServerLogin();
            if (needsCloud) config.CloudLogin();
            StartFromSavedSessions(config);
            foreach (var warning in config.Warnings) services.Error.WriteLine($"robot: warning: {warning}");
        }
        catch (ConfigurationException error)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, $"configuration error: {error.Message}");
        }
        catch (InvalidDataException error)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, $"configuration error: {error.Message}");
        }

        try
        {
            await using var browser = await services.OpenBrowserAsync(config.Playwright, services.Abort).ConfigureAwait(false);
            return await body(config, browser).ConfigureAwait(false);
        }
        catch (ConfigurationException error)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, $"configuration error: {error.Message}");
        }
        catch (SiteUnavailableException error)
        {
            foreach (var reason in error.Reasons) report.Fail(ExitCodes.UsageOrConfiguration, reason);
            return ExitCodes.UsageOrConfiguration;
        }
        catch (RunRefusedException error)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, error.Message);
        }
        catch (SessionExpiredException error)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, $"{error.Message}; nothing was changed");
        }
        catch (SiteLoginException error)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, $"login refused: {error.Message}; nothing was changed");
        }
        catch (InvalidDataException error)
        {
            // A results file that cannot be used: the message is a whole sentence with what to do.
            return report.Fail(ExitCodes.UsageOrConfiguration, error.Message);
        }
        catch (OperationCanceledException) when (services.Abort.IsCancellationRequested)
        {
            return report.Fail(ExitCodes.Aborted, "stopped before any connection was written");
        }
        catch (ChangedUiException error)
        {
            // A page that no longer fits the selectors is the same configuration problem whether it shows while reading or writing.
            return report.Fail(ExitCodes.UsageOrConfiguration, error.Message);
        }
        catch (Exception error) when (error is SystemFaultException or BusinessFaultException or Microsoft.Playwright.PlaywrightException or TimeoutException)
        {
            return report.Fail(ExitCodes.NeedsAttention, $"failed: {error.Message}");
        }
    }
}
