using Polly;
using Polly.Retry;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>Retries system faults only; business faults and anything else go straight through.</summary>
public static class RetryPolicy
{
    /// <summary>No wait between tries is longer than this, however many tries went before.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(2);

    public static ResiliencePipeline Build(RunnerOptions options)
    {
        if (options.RetryCount <= 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SystemFaultException>(),
                MaxRetryAttempts = options.RetryCount,
                DelayGenerator = arguments => ValueTask.FromResult<TimeSpan?>(
                    Backoff(arguments.AttemptNumber, options.RetryBaseDelay, Random.Shared.NextDouble())),
            })
            .Build();
    }

    /// <summary>
    /// The wait before retry <paramref name="attempt"/> + 1 (0 = the first retry): the base delay doubled per retry,
    /// spread by ±25 % (<paramref name="jitter"/> in [0, 1), 0.5 = none) so that workers hit by one fault do not come
    /// back together, never more than <see cref="MaxDelay"/>.
    /// </summary>
    public static TimeSpan Backoff(int attempt, TimeSpan baseDelay, double jitter)
    {
        if (baseDelay <= TimeSpan.Zero) return TimeSpan.Zero;
        var doubled = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 40));
        var spread = doubled * (0.75 + 0.5 * Math.Clamp(jitter, 0, 1));
        return TimeSpan.FromMilliseconds(Math.Min(spread, MaxDelay.TotalMilliseconds));
    }
}
