using Robot.Domain;
using Robot.Domain.Kinds;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>Carries out one planned connection and says what became of it. Never throws for a connection's own faults.</summary>
internal sealed class ConnectionProcessor(RunnerOptions options, GuardedWrites writes)
{
    public async Task<Outcome> ProcessAsync(PlannedConnection planned, SiteLease<ICloudSite> lease)
    {
        var started = options.TimeProvider.GetTimestamp();
        var outcome = planned.Decision switch
        {
            PlanDecision.Create or PlanDecision.Update => await CheckedWriteAsync(planned, lease).ConfigureAwait(false),
            _ => Untouched(ConnectionStatuses.Untouched(planned.Decision), planned),
        };
        return outcome with
        {
            Message = SecretText.Scrub(outcome.Message, planned.Secrets),
            Duration = options.TimeProvider.GetElapsedTime(started),
        };
    }

    private async Task<Outcome> CheckedWriteAsync(PlannedConnection planned, SiteLease<ICloudSite> lease)
    {
        // The connection in hand is finished even when the run is being stopped, hence no cancellation token.
        if (options.BeforeWrite is { } before && await before(planned, CancellationToken.None).ConfigureAwait(false) is { } refused)
            return refused;
        var outcome = await WriteAsync(planned, lease).ConfigureAwait(false);
        if (options.AfterSave is { } after && outcome.Status is ConnectionStatus.Migrated or ConnectionStatus.Updated)
        {
            try
            {
                outcome = await after(planned, outcome, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
            {
                outcome = outcome with { Message = $"{outcome.Message}; mail check failed: {unexpected.Message}".TrimStart(';', ' ') };
            }
        }
        return outcome;
    }

    private static Outcome Untouched(ConnectionStatus status, PlannedConnection planned) =>
        new(status, Outcome.TestNotRun, planned.Reason, 0, TimeSpan.Zero);

    private async Task<Outcome> WriteAsync(PlannedConnection planned, SiteLease<ICloudSite> lease)
    {
        var cloud = planned.Cloud ?? throw new InvalidOperationException($"'{planned.Name}' is planned for {planned.Decision} without a Cloud record");
        var mode = planned.Decision == PlanDecision.Update ? WriteMode.Update : WriteMode.Create;
        var done = mode == WriteMode.Update ? ConnectionStatus.Updated : ConnectionStatus.Migrated;
        var written = await writes.RunAsync<CloudWriteResult?>(async (attempt, cancellationToken) =>
        {
            var site = await lease.GetAsync(cancellationToken).ConfigureAwait(false);
            // A Save whose answer was lost (or whose run was killed before its row) may have worked: look before adding a second one.
            if ((attempt > 1 || planned.LookFirst) && mode == WriteMode.Create && await site.ExistsAsync(cloud.Name, cancellationToken).ConfigureAwait(false))
                return null;
            return await site.WriteAsync(cloud, mode, options.SaveOnTestFailure, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);

        if (written.Fault is { } fault) return Failed(fault, written.Attempts, written.Evidence);
        if (written.Value is not { } result)
            return new Outcome(done, Outcome.TestNotRun, written.Attempts > 1 ? "found on Cloud after a save whose answer was lost"
                : "found on Cloud: saved by an interrupted run before it could record it", written.Attempts, TimeSpan.Zero);
        return FromWrite(result, done, written.Attempts) with
        {
            NotCarried = NotCarriedAfter(result, planned),
            CloudState = result.Saved ? result.CloudState : planned.CloudState,
        };
    }

    private static Outcome FromWrite(CloudWriteResult result, ConnectionStatus done, int attempts)
    {
        var test = Outcome.TestText(result.TestPassed);
        if (result.TestPassed == false && !result.Saved)
            return new Outcome(ConnectionStatus.TestFailed, test, Join("Test Connection failed, not saved", result.TestMessage), attempts, TimeSpan.Zero, result.Evidence);
        if (!result.Saved)
            return new Outcome(ConnectionStatus.Failed, test, Join("not saved", result.Message), attempts, TimeSpan.Zero, result.Evidence);
        if (result.TestPassed == false)
            return new Outcome(done, test, Join("saved despite test failure", result.TestMessage), attempts, TimeSpan.Zero, result.Evidence);
        return new Outcome(done, test, result.Message, attempts, TimeSpan.Zero, result.Evidence);
    }

    /// <summary>The Server fields this write could not place, the optional ones by what the Cloud's panel showed.</summary>
    private static IReadOnlyList<string>? NotCarriedAfter(CloudWriteResult result, PlannedConnection planned) =>
        result.OptionalFieldsWritten is { } written
            ? Domain.Fields.NotCarried.AfterFill(IncomingMailConnections.Kind.Fields, planned.Server, written.ToHashSet(StringComparer.Ordinal))
            : null;

    private static Outcome Failed(string message, int attempts, string evidence = "") =>
        new(ConnectionStatus.Failed, Outcome.TestNotRun, message, attempts, TimeSpan.Zero, evidence);

    private static string Join(string what, string detail) =>
        string.IsNullOrWhiteSpace(detail) ? what : $"{what}: {detail}";
}
