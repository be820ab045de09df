using Robot.Adapters.Browser;
using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Domain.Tests.Browser;

/// <summary>A page step in the robot's one retry pipeline: what is tried again, how often, and what the caller sees at the end.</summary>
public class PageRetryTests
{
    private static readonly Polly.ResiliencePipeline Pipeline = RetryPolicy.ForPageSteps(TimeProvider.System);

    [Test]
    public async Task A_slow_page_is_recovered_and_tried_again()
    {
        var tries = 0;
        var recovered = new List<string>();
        var value = await PageRetry.RunAsync(Pipeline, () =>
        {
            if (++tries < 3) throw new TimeoutException($"slow {tries}");
            return Task.FromResult("read");
        }, error => { recovered.Add(error.Message); return Task.CompletedTask; });
        Assert.Multiple(() =>
        {
            Assert.That(value, Is.EqualTo("read"));
            Assert.That(recovered, Is.EqualTo(new[] { "slow 1", "slow 2" }));
        });
    }

    [Test]
    public void When_the_tries_are_spent_the_last_fault_comes_out_as_it_was()
    {
        var tries = 0;
        var error = Assert.ThrowsAsync<TimeoutException>(() =>
            PageRetry.RunAsync(Pipeline, () => throw new TimeoutException($"slow {++tries}"), _ => Task.CompletedTask));
        Assert.Multiple(() =>
        {
            Assert.That(tries, Is.EqualTo(RetryPolicy.PageStepRetries + 1));
            Assert.That(error!.Message, Is.EqualTo($"slow {tries}"));
        });
    }

    [Test]
    public void A_business_fault_is_not_tried_again()
    {
        var tries = 0;
        Assert.ThrowsAsync<BusinessFaultException>(() =>
            PageRetry.RunAsync(Pipeline, () => { tries++; throw new BusinessFaultException("login refused"); }, _ => Task.CompletedTask));
        Assert.That(tries, Is.EqualTo(1));
    }

    [Test]
    public void Only_the_faults_a_step_names_are_tried_again()
    {
        var tries = 0;
        Assert.ThrowsAsync<TimeoutException>(() =>
            PageRetry.RunAsync(Pipeline, () => { tries++; throw new TimeoutException("slow"); }, _ => Task.CompletedTask,
                retryable: error => error is InvalidOperationException));
        Assert.That(tries, Is.EqualTo(1));
    }
}
