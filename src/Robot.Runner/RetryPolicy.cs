using Polly;
using Polly.Retry;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>Retries system faults only; business faults and anything else go straight through.</summary>
public static class RetryPolicy
{
    public static ResiliencePipeline Build(RunnerOptions options)
    {
        if (options.RetryCount <= 0) return ResiliencePipeline.Empty;
        return new ResiliencePipelineBuilder { TimeProvider = options.TimeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SystemFaultException>(),
                MaxRetryAttempts = options.RetryCount,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.RetryBaseDelay > TimeSpan.Zero,
                MaxDelay = TimeSpan.FromMinutes(2),
            })
            .Build();
    }
}
