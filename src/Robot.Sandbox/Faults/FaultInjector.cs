using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Faults;

/// <summary>Decides, request by request, whether to be slow or to fail, as configured, and counts the faults it injected.</summary>
public sealed class FaultInjector(FaultOptions options)
{
    private readonly Random random = options.RandomSeed is { } seed ? new Random(seed) : Random.Shared;
    private readonly object gate = new();
    private int saveFaults;
    private int testFaults;
    private int lostAnswers;
    private int slowAnswers;
    private int listExpiryDue;

    public FaultOptions Options => options;

    /// <summary>Test Connection calls in flight (see <see cref="FaultOptions.HoldTestsUntilConcurrent"/>).</summary>
    public TestGate Tests { get; } = new(options.HoldTestsUntilConcurrent);

    public Task DelayAsync(CancellationToken ct)
    {
        if (options.LatencyMaxMs <= 0) return Task.CompletedTask;
        int ms;
        lock (gate) ms = random.Next(options.LatencyMinMs, Math.Max(options.LatencyMinMs, options.LatencyMaxMs) + 1);
        return Task.Delay(ms, ct);
    }

    public bool ShouldFailSave() => Count(Roll(options.SaveFailureRate), ref saveFaults);

    public bool ShouldFailTest() => Count(Roll(options.TestFailureRate), ref testFaults);

    /// <summary>Whether this save, already stored, answers 500 anyway.</summary>
    public bool ShouldLoseAnswer()
    {
        if (!Count(Roll(options.LostAnswerRate), ref lostAnswers)) return false;
        if (options.ExpireOnListAfterLostAnswer) Volatile.Write(ref listExpiryDue, 1);
        return true;
    }

    /// <summary>Whether this list read ends the session (once after each lost answer; see <see cref="FaultOptions.ExpireOnListAfterLostAnswer"/>).</summary>
    public bool TakeListExpiry() => Interlocked.Exchange(ref listExpiryDue, 0) == 1;

    /// <summary>Waits <see cref="FaultOptions.SlowAnswerAfterStoreMs"/> after a save was stored (counted), then answers.</summary>
    public Task SlowAnswerAsync(CancellationToken ct)
    {
        if (options.SlowAnswerAfterStoreMs <= 0) return Task.CompletedTask;
        Interlocked.Increment(ref slowAnswers);
        return Task.Delay(options.SlowAnswerAfterStoreMs, ct);
    }

    /// <summary>How many faults were injected so far.</summary>
    public FaultCounts Counts => new(Volatile.Read(ref saveFaults), Volatile.Read(ref testFaults), Volatile.Read(ref lostAnswers), Volatile.Read(ref slowAnswers));

    private static bool Count(bool happened, ref int counter)
    {
        if (happened) Interlocked.Increment(ref counter);
        return happened;
    }

    private bool Roll(double rate)
    {
        if (rate <= 0) return false;
        lock (gate) return random.NextDouble() < rate;
    }
}

/// <summary>Faults injected so far: saves refused with 500 (nothing stored), tests answered 503, saves stored whose answer was 500, saves stored and answered late.</summary>
public sealed record FaultCounts(int SaveFaults, int TestFaults, int LostAnswers, int SlowAnswers);
