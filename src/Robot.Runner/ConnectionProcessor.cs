using ResiliencePipeline = Polly.ResiliencePipeline;
using Robot.Domain;
using Robot.Domain.Kinds;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>Carries out one planned connection and says what became of it. Never throws for a connection's own faults.</summary>
internal sealed class ConnectionProcessor(RunnerOptions options, ResiliencePipeline retry)
{
    private string? stoppedBy;

    /// <summary>The first changed-UI fault met by any worker: the run goes no further. Null while none was met.</summary>
    public string? StoppedBy => Volatile.Read(ref stoppedBy);

    /// <summary>The first saved session found expired by any worker (what to do, in full): no new connection starts. Null while none was.</summary>
    public string? SessionExpired => Volatile.Read(ref sessionExpired);

    private string? sessionExpired;

    public async Task<Outcome> ProcessAsync(PlannedConnection planned, SiteLease lease)
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

    private async Task<Outcome> CheckedWriteAsync(PlannedConnection planned, SiteLease lease)
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

    private async Task<Outcome> WriteAsync(PlannedConnection planned, SiteLease lease)
    {
        var cloud = planned.Cloud ?? throw new InvalidOperationException($"'{planned.Name}' is planned for {planned.Decision} without a Cloud record");
        var mode = planned.Decision == PlanDecision.Update ? WriteMode.Update : WriteMode.Create;
        var done = mode == WriteMode.Update ? ConnectionStatus.Updated : ConnectionStatus.Migrated;
        var attempts = 0;
        try
        {
            // The connection in hand is finished even when the run is being stopped, hence no cancellation token.
            var result = await retry.ExecuteAsync(async cancellationToken =>
            {
                attempts++;
                var site = await lease.GetAsync(cancellationToken).ConfigureAwait(false);
                // A Save whose answer was lost (or whose run was killed before its row) may have worked: look before adding a second one.
                if ((attempts > 1 || planned.LookFirst) && mode == WriteMode.Create && await site.ExistsAsync(cloud.Name, cancellationToken).ConfigureAwait(false))
                    return null;
                return await site.WriteAsync(cloud, mode, options.SaveOnTestFailure, cancellationToken).ConfigureAwait(false);
            }, CancellationToken.None).ConfigureAwait(false);

            if (result is null)
                return new Outcome(done, Outcome.TestNotRun, attempts > 1 ? "found on Cloud after a save whose answer was lost"
                    : "found on Cloud: saved by an interrupted run before it could record it", attempts, TimeSpan.Zero);
            return FromWrite(result, done, attempts) with
            {
                NotCarried = NotCarriedAfter(result, planned),
                CloudState = result.Saved ? result.CloudState : planned.CloudState,
            };
        }
        catch (SystemFaultException fault)
        {
            return Failed($"gave up after {attempts} attempt(s): {fault.Message}", attempts, fault.Evidence);
        }
        catch (SessionExpiredException fault)
        {
            Interlocked.CompareExchange(ref sessionExpired, fault.Message, null);
            return Failed(fault.Message, attempts, fault.Evidence);
        }
        catch (ChangedUiException fault)
        {
            Interlocked.CompareExchange(ref stoppedBy, fault.Message, null);
            return Failed(fault.Message, attempts, fault.Evidence);
        }
        catch (BusinessFaultException fault)
        {
            return Failed(fault.Message, attempts, fault.Evidence);
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            return Failed($"unexpected {unexpected.GetType().Name}: {unexpected.Message}", attempts);
        }
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
