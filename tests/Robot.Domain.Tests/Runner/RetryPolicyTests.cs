using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Domain.Tests.Runner;

/// <summary>Backoff doubles per retry, spreads by at most a quarter either way, stops at the cap; only system faults are retried.</summary>
public class RetryPolicyTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);

    [Test]
    public void Without_jitter_each_wait_is_twice_the_one_before()
    {
        var waits = Enumerable.Range(0, 6).Select(attempt => RetryPolicy.Backoff(attempt, Base, jitter: 0.5).TotalSeconds).ToList();

        Assert.That(waits, Is.EqualTo(new[] { 1.0, 2, 4, 8, 16, 32 }));
    }

    [TestCase(0.0, 0.75)]
    [TestCase(0.999999, 1.25)]
    public void Jitter_spreads_a_wait_by_a_quarter_at_most(double jitter, double factor)
    {
        for (var attempt = 0; attempt < 6; attempt++)
            Assert.That(RetryPolicy.Backoff(attempt, Base, jitter).TotalSeconds, Is.EqualTo(Math.Pow(2, attempt) * factor).Within(0.001));
    }

    [TestCase(7)]
    [TestCase(20)]
    [TestCase(int.MaxValue)]
    public void No_wait_is_longer_than_the_cap(int attempt)
    {
        Assert.That(RetryPolicy.Backoff(attempt, Base, jitter: 0.999999), Is.EqualTo(RetryPolicy.MaxDelay));
        Assert.That(RetryPolicy.Backoff(6, Base, jitter: 0.999999), Is.LessThan(RetryPolicy.MaxDelay), "64 s × 1.25 is under the cap");
    }

    [Test]
    public void A_zero_base_delay_retries_at_once() =>
        Assert.That(RetryPolicy.Backoff(5, TimeSpan.Zero, 0.9), Is.EqualTo(TimeSpan.Zero));

    [Test]
    public void A_system_fault_is_tried_once_plus_the_retry_count()
    {
        var pipeline = RetryPolicy.Build(new RunnerOptions { RetryCount = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(1) });
        var tries = 0;

        Assert.ThrowsAsync<SystemFaultException>(async () =>
            await pipeline.ExecuteAsync(_ => { tries++; throw new SystemFaultException("HTTP 500"); }, CancellationToken.None));
        Assert.That(tries, Is.EqualTo(4));

        tries = 0;
        Assert.ThrowsAsync<BusinessFaultException>(async () =>
            await pipeline.ExecuteAsync(_ => { tries++; throw new BusinessFaultException("refused"); }, CancellationToken.None));
        Assert.That(tries, Is.EqualTo(1), "a business fault is never retried");
    }
}
