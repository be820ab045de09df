using System.Diagnostics;
using Robot.Adapters.Configuration;
using Robot.Adapters.Mail;
using Robot.Domain;
using Robot.Runner;

namespace Robot.Application;

/// <summary>The mail checks around the writes: --preflight (a mailbox login before anything is written) and --send-test-email (after each Save).</summary>
public sealed class MailHooks(RobotSettings settings, Func<string, string?>? environment, ISessionOutput output, CancellationToken abort)
{
    /// <summary>The test_connection word of a connection that was not written because its preflight login failed.</summary>
    public const string PreflightFailed = "preflight-failed";

    private static IEnumerable<PlannedConnection> Written(IEnumerable<PlannedConnection> plan) =>
        plan.Where(p => p.Decision is PlanDecision.Create or PlanDecision.Update);

    /// <summary>plan --preflight: logs in to the mailbox of every connection the plan would write and says each answer.</summary>
    public async Task PreflightPlanAsync(IReadOnlyList<PlannedConnection> plan)
    {
        var written = Written(plan).ToList();
        var clock = Stopwatch.StartNew();
        var pre = await MailPreflight.From(settings).CheckAllAsync(written, settings.Workers, abort).ConfigureAwait(false);
        foreach (var planned in written)
            output.Line($"{planned.Name}: {SecretText.Scrub(pre[planned.Name].Describe(), planned.Secrets)}");
        output.Line($"preflight of {written.Count} connection(s) in {clock.Elapsed.TotalSeconds:0.0} s: " +
                    $"{pre.Values.Count(r => r.Failed)} failed");
    }

    /// <summary>migrate --preflight / --send-test-email: the runner's hooks, the preflight done for the whole plan first.</summary>
    public async Task<RunnerOptions> AddToAsync(RunnerOptions options, RunRequest request, IReadOnlyList<PlannedConnection> plan)
    {
        // Built first, so that a wrong MailCheck setting is refused before anything is written.
        var testEmail = request.SendTestEmail ? TestEmailCheck.From(settings, environment) : null;
        if (request.Preflight) options = options with { BeforeWrite = await PreflightHookAsync(plan).ConfigureAwait(false) };
        if (testEmail is not null) options = options with { AfterSave = TestEmailHook(testEmail) };
        return options;
    }

    private async Task<Func<PlannedConnection, CancellationToken, Task<Outcome?>>> PreflightHookAsync(IReadOnlyList<PlannedConnection> plan)
    {
        var written = Written(plan).ToList();
        output.Line($"Preflight: logging in to the mailboxes of {written.Count} connection(s) …");
        var pre = await MailPreflight.From(settings).CheckAllAsync(written, settings.Workers, abort).ConfigureAwait(false);
        return (planned, _) =>
        {
            Outcome? refused = pre.TryGetValue(planned.Name, out var result) && result.Failed && !settings.SaveOnTestFailure
                ? new Outcome(ConnectionStatus.TestFailed, PreflightFailed, $"not created: {result.Describe()}", 0, TimeSpan.Zero)
                : null;
            return Task.FromResult(refused);
        };
    }

    private static Func<PlannedConnection, Outcome, CancellationToken, Task<Outcome>> TestEmailHook(TestEmailCheck testEmail) =>
        async (planned, outcome, cancellationToken) =>
        {
            var mc = await testEmail.RunAsync(planned, cancellationToken).ConfigureAwait(false);
            var message = string.IsNullOrWhiteSpace(outcome.Message) ? mc.Describe() : $"{outcome.Message}; {mc.Describe()}";
            return outcome with { MailCheck = mc.Status.ToWire(), MailLatencyMs = mc.LatencyMs, Message = message };
        };
}
