using Polly;
using Polly.Retry;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>
/// The robot's one retry pipeline: system faults only are tried again; business faults and anything else go straight
/// through. The runner retries a whole connection with it; the page objects retry a step of a page with it.
/// </summary>
public static class RetryPolicy
{
    /// <summary>No wait between tries is longer than this, however many tries went before.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(2);

    /// <summary>How often a page step (opening the Server's list, reading a row, going to a page) is tried again.</summary>
    public const int PageStepRetries = 2;

    public static ResiliencePipeline Build(RunnerOptions options) => Build(options.RetryCount, options.RetryBaseDelay, options.TimeProvider);

    /// <summary>A page step is tried again at once, as a person would reload: the page object recovers before each new try.</summary>
    public static ResiliencePipeline ForPageSteps(TimeProvider timeProvider) => Build(PageStepRetries, TimeSpan.Zero, timeProvider);

    public static ResiliencePipeline Build(int retries, TimeSpan baseDelay, TimeProvider timeProvider)
    {
        if (retries <= 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SystemFaultException>(),
                MaxRetryAttempts = retries,
                DelayGenerator = arguments => ValueTask.FromResult<TimeSpan?>(
                    Backoff(arguments.AttemptNumber, baseDelay, Random.Shared.NextDouble())),
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
