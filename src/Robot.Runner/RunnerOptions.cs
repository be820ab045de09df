using Robot.Domain;

namespace Robot.Runner;

public sealed record RunnerOptions
{
    /// <summary>How many connections are written at once, each worker with its own Cloud site.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>How many times a system fault is retried (0: never).</summary>
    public int RetryCount { get; init; } = 3;

    /// <summary>The first retry's delay; each further retry doubles it (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Save a connection even when Test Connection fails (the row says so).</summary>
    public bool SaveOnTestFailure { get; init; }

    /// <summary>
    /// Asked before a connection is written (the mail preflight): an outcome means "do not write it, record this";
    /// null means go on. Never asked for connections the plan does not write.
    /// </summary>
    public Func<PlannedConnection, CancellationToken, Task<Outcome?>>? BeforeWrite { get; init; }

    /// <summary>Asked after a connection was saved (the final test email); returns the outcome to record.</summary>
    public Func<PlannedConnection, Outcome, CancellationToken, Task<Outcome>>? AfterSave { get; init; }

    public string RunId { get; init; } = NewRunId(TimeProvider.System);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public static string NewRunId(TimeProvider clock) =>
        $"{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..6]}";
}
