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

    public string RunId { get; init; } = NewRunId(TimeProvider.System);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public static string NewRunId(TimeProvider clock) =>
        $"{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..6]}";
}
