using System.Diagnostics;
using Robot.Adapters.Browser;
using Robot.Adapters.Ledger;
using Robot.Adapters.Mail;
using Robot.Adapters.Verification;
using Robot.Domain;
using Robot.Domain.Verification;
using Robot.Runner;

namespace Robot.Cli;

/// <summary>The mail checks: --preflight, --send-test-email, and the mailcheck and verify commands.</summary>
public sealed partial class RobotCommands
{
    /// <summary>The test_connection word of a connection that was not written because its preflight login failed.</summary>
    public const string PreflightFailed = "preflight-failed";

    /// <summary>mailcheck: a test email to every password connection's mailbox (Server settings, secrets for withheld passwords).</summary>
    public Task<int> MailcheckAsync(RunRequest request) => GuardAsync(request, null, needsCloud: false, async (config, browser) =>
    {
        var clock = Stopwatch.StartNew();
        var check = TestEmailCheck.From(config.Settings, services.Environment);
        await using var server = await OpenServerAsync(config, browser, request).ConfigureAwait(false);
        var connections = await ReadServerAsync(server, config, request).ConfigureAwait(false);
        // Planned against an empty Cloud: every connection is mapped, with the secrets source's password where the Server withholds it.
        var plan = NewPlanner(config, request).Plan(connections, new CloudInventory([], []));
        var notDelivered = 0;
        foreach (var planned in plan)
        {
            var result = await check.RunAsync(planned, services.Abort).ConfigureAwait(false);
            if (result.Status == MailCheckStatus.NotDelivered) notDelivered++;
            report.Line($"{planned.Name}: {SecretText.Scrub(result.Describe(), planned.Secrets)}");
        }
        report.Line($"mail check of {plan.Count} connection(s) in {clock.Elapsed.TotalSeconds:0.0} s: {notDelivered} not delivered");
        return notDelivered > 0 ? ExitCodes.NeedsAttention : ExitCodes.Success;
    });

    /// <summary>
    /// verify: reads the Server and every Cloud connection back through its Edit panel, compares them field by field
    /// (connections results.csv says are done, or all with --all) and writes verify.csv; exit 1 on any difference.
    /// </summary>
    public Task<int> VerifyAsync(RunRequest request) => GuardAsync(request, null, needsCloud: true, async (config, browser) =>
    {
        var clock = Stopwatch.StartNew();
        var rows = CsvResultsLedger.ReadAll(Path.Combine(config.OutputFolder, CsvResultsLedger.FileName));
        var done = LedgerHistory.DoneNames(rows);
        var everything = request.VerifyAll || rows.Count == 0;
        if (!request.VerifyAll && rows.Count == 0)
            report.Line($"no {CsvResultsLedger.FileName} in {config.OutputFolder}: verifying every Server connection");

        await using var cloud = new PlaywrightCloudSite(browser.Browser, config.Playwright, config.CloudSelectors, config.CloudLogin(),
            new CloudSiteOptions { ReadBackExisting = true, EvidenceFolder = Path.Combine(config.OutputFolder, "evidence") }, Steps(request));
        await using var serverSite = await OpenServerAsync(config, browser, request, cloud: cloud).ConfigureAwait(false);
        var serverTask = ReadServerAsync(serverSite, config, request);
        report.Line("Reading every Cloud connection back through its Edit panel …");
        var (serverConnections, cloudConnections) = await BothSitesAsync(serverTask, cloud.ListConnectionsAsync(services.Abort)).ConfigureAwait(false);
        var server = serverConnections.Where(c => everything || done.Contains(c.Name)).ToList();
        var differences = new ConnectionVerifier(new ConnectionMapper(config.Settings.ToMappingRules())).CompareAll(server, cloudConnections);

        var secrets = server.Select(c => (string?)c.Password)
            .Concat(server.Select(c => config.Secrets.PasswordFor(c.Name)))
            .Concat(cloudConnections.Select(c => c.ReadBack?.Password))
            .ToList();
        var path = Path.Combine(config.OutputFolder, VerifyCsvWriter.FileName);
        VerifyCsvWriter.Write(path, differences, secrets);
        foreach (var difference in differences) report.Line(SecretText.Scrub(difference.ToString(), secrets));
        report.Line($"verified {server.Count} connection(s) in {clock.Elapsed.TotalSeconds:0.0} s: " +
                    $"{differences.Count} difference(s) in {differences.Select(d => d.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count()} connection(s); {path}");
        return differences.Count > 0 ? ExitCodes.NeedsAttention : ExitCodes.Success;
    });

    private Planner NewPlanner(RobotConfiguration config, RunRequest request) =>
        new(new ConnectionMapper(config.Settings.ToMappingRules()), new PlannerOptions
        {
            UpdateExisting = config.Settings.UpdateExisting,
            Only = request.Only,
            PasswordFor = config.Secrets.PasswordFor,
        });

    private static IEnumerable<PlannedConnection> Written(IEnumerable<PlannedConnection> plan) =>
        plan.Where(p => p.Decision is PlanDecision.Create or PlanDecision.Update);

    /// <summary>plan --preflight: logs in to the mailbox of every connection the plan would write and prints each answer.</summary>
    private async Task PreflightPlanAsync(RobotConfiguration config, IReadOnlyList<PlannedConnection> plan)
    {
        var written = Written(plan).ToList();
        var clock = Stopwatch.StartNew();
        var pre = await MailPreflight.From(config.Settings).CheckAllAsync(written, config.Settings.Workers, services.Abort).ConfigureAwait(false);
        foreach (var planned in written)
            report.Line($"{planned.Name}: {SecretText.Scrub(pre[planned.Name].Describe(), planned.Secrets)}");
        report.Line($"preflight of {written.Count} connection(s) in {clock.Elapsed.TotalSeconds:0.0} s: " +
                    $"{pre.Values.Count(r => r.Failed)} failed");
    }

    /// <summary>migrate --preflight / --send-test-email: the runner's hooks, the preflight done for the whole plan first.</summary>
    private async Task<RunnerOptions> WithMailChecksAsync(RunnerOptions options, RobotConfiguration config, RunRequest request,
        IReadOnlyList<PlannedConnection> plan)
    {
        var settings = config.Settings;
        // Built first, so that a wrong MailCheck setting is refused before anything is written.
        var testEmail = request.SendTestEmail ? TestEmailCheck.From(settings, services.Environment) : null;
        if (request.Preflight)
        {
            var written = Written(plan).ToList();
            report.Line($"Preflight: logging in to the mailboxes of {written.Count} connection(s) …");
            var pre = await MailPreflight.From(settings).CheckAllAsync(written, settings.Workers, services.Abort).ConfigureAwait(false);
            options = options with
            {
                BeforeWrite = (planned, _) =>
                {
                    Outcome? refused = pre.TryGetValue(planned.Name, out var result) && result.Failed && !settings.SaveOnTestFailure
                        ? new Outcome(ConnectionStatus.TestFailed, PreflightFailed, $"not created: {result.Describe()}", 0, TimeSpan.Zero)
                        : null;
                    return Task.FromResult(refused);
                },
            };
        }
        if (testEmail is not null)
        {
            options = options with
            {
                AfterSave = async (planned, outcome, cancellationToken) =>
                {
                    var mc = await testEmail.RunAsync(planned, cancellationToken).ConfigureAwait(false);
                    var message = string.IsNullOrWhiteSpace(outcome.Message) ? mc.Describe() : $"{outcome.Message}; {mc.Describe()}";
                    return outcome with { MailCheck = mc.Status.ToWire(), MailLatencyMs = mc.LatencyMs, Message = message };
                },
            };
        }
        return options;
    }
}
