using System.Diagnostics;
using Microsoft.Playwright;
using Robot.Adapters.Ledger;
using Robot.Adapters.Mail;
using Robot.Adapters.Verification;
using Robot.Domain;
using Robot.Domain.Kinds;
using Robot.Domain.Verification;
using Robot.Runner;

namespace Robot.Application;

/// <summary>
/// The robot's use cases on one loaded configuration and one browser: inventory, plan, migrate (resume, the creates
/// journal, the mail hooks, page reuse), mailcheck and verify. Each returns what it did; the caller prints it and
/// decides the exit code. Faults (a refused login, a changed UI, a stop) are thrown as the ports and adapters name them.
/// </summary>
public sealed class MigrationSession
{
    private readonly RobotSites sites;
    private readonly SiteReading reading;
    private readonly ISessionOutput output;

    public MigrationSession(RobotConfiguration config, RunRequest request, IBrowser browser, ISessionOutput output, TimeProvider clock, CancellationToken abort)
    {
        this.output = output;
        sites = new RobotSites(config, request, browser, output, clock, abort);
        reading = new SiteReading(sites, output);
    }

    private RobotConfiguration Config => sites.Config;

    private RunRequest Request => sites.Request;

    /// <summary>inventory: every Server connection read, written to inventory.csv (no password).</summary>
    public async Task<InventoryResult> InventoryAsync()
    {
        var clock = Stopwatch.StartNew();
        var server = await reading.OpenServerAsync().ConfigureAwait(false);
        await using var serverDisposal = server.ConfigureAwait(false);
        var connections = await reading.ReadServerAsync(server).ConfigureAwait(false);
        var path = Path.Combine(Config.OutputFolder, InventoryCsvWriter.FileName);
        InventoryCsvWriter.Write(path, connections);
        return new InventoryResult(connections, path, clock.Elapsed);
    }

    /// <summary>plan: both sites read, the plan written to plan.csv; with --preflight, then each mailbox logged in to.</summary>
    public async Task<PlanResult> PlanAsync(Action<PlanResult> planned)
    {
        var clock = Stopwatch.StartNew();
        var cloud = sites.NewCloudSite();
        await using var cloudDisposal = cloud.ConfigureAwait(false);
        var credentials = new CredentialsFirst(sites, output, planOnly: true);
        var plan = await reading.ReadBothSitesAndPlanAsync(cloud, beforePlan: credentials.BeforePlanAsync).ConfigureAwait(false);
        var path = Path.Combine(Config.OutputFolder, PlanCsvWriter.FileName);
        PlanCsvWriter.Write(path, plan);
        var result = new PlanResult(plan, path, clock.Elapsed) { Credentials = credentials.Outcomes };
        planned(result);
        if (Request.Preflight) await new MailHooks(Config.Settings, Config.Environment, output, sites.Abort).PreflightPlanAsync(plan).ConfigureAwait(false);
        return result;
    }

    /// <summary>migrate: the plan carried out on Cloud, each connection recorded in results.csv as it ends; report.html after.</summary>
    public async Task<MigrationResult> MigrateAsync()
    {
        var clock = Stopwatch.StartNew();
        // Read before anything else so that a results file of another kind is refused before the sites are touched.
        using var ledger = new CsvResultsLedger(Path.Combine(Config.OutputFolder, CsvResultsLedger.FileName));
        if (ledger.CutRowLeftOut) output.Line($"{ledger.FilePath} ends with a row cut short (a run stopped while writing it); that row is left out");
        var previous = Request.Resume ? ledger.Earlier : [];

        var planningSite = sites.NewCloudSite();
        await using var planningSiteGuard = planningSite.ConfigureAwait(false);
        // A resumed run does not open the Edit panel of connections an earlier run finished: they are skipped anyway.
        var doneBefore = LedgerHistory.DoneNames(previous);
        var interrupted = Request.Resume ? CreateJournal.Interrupted(Config.OutputFolder, previous) : new HashSet<string>();
        var credentials = new CredentialsFirst(sites, output);
        var plan = Request.Migrates(IncomingMailConnections.Word)
            ? await reading.ReadBothSitesAndPlanAsync(planningSite, writeInventory: true, skip: doneBefore, interrupted: interrupted,
                beforePlan: credentials.BeforePlanAsync).ConfigureAwait(false)
            : await credentials.OnlyAsync().ConfigureAwait(false);
        PlanCsvWriter.Write(Path.Combine(Config.OutputFolder, PlanCsvWriter.FileName), plan);
        var skippedAsDone = doneBefore.Count(name => NameGlob.MatchesAny(Request.Only, name) && Request.Shard.Contains(name));
        output.PlanLoaded(plan, skippedAsDone);
        if (Config.Settings.EnableTested) output.Warn($"--enable: {CloudStates.FirstPollWarning}");

        var options = await new MailHooks(Config.Settings, Config.Environment, output, sites.Abort).AddToAsync(RunnerOptions(), Request, plan).ConfigureAwait(false);
        using var journal = new CreateJournal(Config.OutputFolder);
        var runner = new MigrationRunner(Journaled(options, journal), new CloudWorkerPages(sites, planningSite).Factory, ledger);
        var toDo = plan.Count(planned => !doneBefore.Contains(planned.Name));
        var result = await output.TrackRunAsync(toDo, progress => runner.RunAsync(plan, previous, progress, sites.Abort)).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        return new MigrationResult(result, ledger.FilePath, elapsed, skippedAsDone, sites.Evidence.WriteReport()) { Credentials = credentials.Outcomes };
    }

    private RunnerOptions RunnerOptions() => new()
    {
        Workers = Config.Settings.Workers,
        RetryCount = Config.Settings.Retry.Count,
        RetryBaseDelay = TimeSpan.FromMilliseconds(Config.Settings.Retry.BaseDelayMs),
        SaveOnTestFailure = Config.Settings.SaveOnTestFailure,
    };

    /// <summary>Every create that the hooks let through is noted in the journal before it starts (what --resume looks for on Cloud).</summary>
    private static RunnerOptions Journaled(RunnerOptions options, CreateJournal journal)
    {
        var beforeWrite = options.BeforeWrite;
        return options with
        {
            BeforeWrite = async (planned, cancellationToken) =>
            {
                var refused = beforeWrite is null ? null : await beforeWrite(planned, cancellationToken).ConfigureAwait(false);
                if (refused is null && planned.Decision == PlanDecision.Create) journal.Begin(planned.Name);
                return refused;
            },
        };
    }

    /// <summary>mailcheck: a test email to every password connection's mailbox (Server settings, secrets for withheld passwords).</summary>
    public async Task<MailcheckResult> MailcheckAsync()
    {
        var clock = Stopwatch.StartNew();
        var check = TestEmailCheck.From(Config.Settings, Config.Environment);
        var server = await reading.OpenServerAsync().ConfigureAwait(false);
        await using var serverDisposal = server.ConfigureAwait(false);
        var connections = await reading.ReadServerAsync(server).ConfigureAwait(false);
        // Planned against an empty Cloud: every connection is mapped, with the secrets source's password where the Server withholds it.
        var plan = reading.NewPlanner().Plan(connections, new CloudInventory([], []));
        var notDelivered = 0;
        foreach (var planned in plan)
        {
            var result = await check.RunAsync(planned, sites.Abort).ConfigureAwait(false);
            if (result.Status == MailCheckStatus.NotDelivered) notDelivered++;
            output.Line($"{planned.Name}: {SecretText.Scrub(result.Describe(), planned.Secrets)}");
        }
        return new MailcheckResult(plan.Count, notDelivered, clock.Elapsed);
    }

    /// <summary>
    /// verify: reads the Server and every Cloud connection back through its Edit panel, compares them field by field
    /// (connections results.csv says are done, or all with --all) and writes verify.csv.
    /// </summary>
    public async Task<VerifyResult> VerifyAsync()
    {
        var clock = Stopwatch.StartNew();
        var rows = CsvResultsLedger.ReadAll(Path.Combine(Config.OutputFolder, CsvResultsLedger.FileName));
        var done = LedgerHistory.DoneNames(rows);
        var everything = Request.VerifyAll || rows.Count == 0;
        if (!Request.VerifyAll && rows.Count == 0)
            output.Line($"no {CsvResultsLedger.FileName} in {Config.OutputFolder}: verifying every Server connection");

        var cloud = sites.NewReadBackCloudSite();
        await using var cloudDisposal = cloud.ConfigureAwait(false);
        var serverSite = await reading.OpenServerAsync(cloud: cloud).ConfigureAwait(false);
        await using var serverSiteDisposal = serverSite.ConfigureAwait(false);
        var serverTask = reading.ReadServerAsync(serverSite);
        output.Line("Reading every Cloud connection back through its Edit panel …");
        var (serverConnections, cloudConnections) = await SiteReading.BothSitesAsync(serverTask, cloud.ListConnectionsAsync(sites.Abort)).ConfigureAwait(false);
        var server = serverConnections.Where(c => everything || done.Contains(c.Name)).ToList();
        var differences = new ConnectionVerifier(new ConnectionMapper(Config.Settings.ToMappingRules())).CompareAll(server, cloudConnections);

        var secrets = server.Select(c => c.Password)
            .Concat(server.Select(c => Config.Secrets.PasswordFor(c.Name)))
            .Concat(cloudConnections.Select(c => c.ReadBack?.Password))
            .ToList();
        var path = Path.Combine(Config.OutputFolder, VerifyCsvWriter.FileName);
        VerifyCsvWriter.Write(path, differences, secrets);
        foreach (var difference in differences) output.Line(SecretText.Scrub(difference.ToString(), secrets));
        var credentials = await new CredentialVerification(sites, output).RunAsync(server).ConfigureAwait(false);
        return new VerifyResult(server.Count, differences, path, clock.Elapsed) { Credentials = credentials };
    }
}
