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
                Delay = baseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = baseDelay > TimeSpan.Zero,
                MaxDelay = TimeSpan.FromMinutes(2),
            })
            .Build();
    }
}
