using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Faults;

/// <summary>Decides, request by request, whether to be slow or to fail, as configured.</summary>
public sealed class FaultInjector(FaultOptions options)
{
    private readonly Random random = options.RandomSeed is { } seed ? new Random(seed) : Random.Shared;
    private readonly object gate = new();

    public FaultOptions Options => options;

    public Task DelayAsync(CancellationToken ct)
    {
        if (options.LatencyMaxMs <= 0) return Task.CompletedTask;
        int ms;
        lock (gate) ms = random.Next(options.LatencyMinMs, Math.Max(options.LatencyMinMs, options.LatencyMaxMs) + 1);
        return Task.Delay(ms, ct);
    }

    public bool ShouldFailSave() => Roll(options.SaveFailureRate);

    public bool ShouldFailTest() => Roll(options.TestFailureRate);

    private bool Roll(double rate)
    {
        if (rate <= 0) return false;
        lock (gate) return random.NextDouble() < rate;
    }
}
