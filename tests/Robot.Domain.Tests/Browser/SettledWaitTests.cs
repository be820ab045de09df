using Robot.Adapters.Browser;

namespace Robot.Domain.Tests.Browser;

/// <summary>One wait for the usual outcome (a Save's panel closing) with a seldom check for the other (a refusal).</summary>
public class SettledWaitTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Test]
    public async Task The_settled_outcome_gives_null_and_the_probe_stops_being_asked()
    {
        var settled = new TaskCompletionSource();
        var asked = 0;
        var wait = SettledWait.SettledOrAnswerAsync<string>(settled.Task, () =>
        {
            if (Interlocked.Increment(ref asked) == 2) settled.SetResult();
            return Task.FromResult<string?>(null);
        }, Long, "the panel to close");
        Assert.That(await wait, Is.Null);
        var after = Volatile.Read(ref asked);
        Assert.That(after, Is.EqualTo(2));
    }

    [Test]
    public async Task An_answer_from_the_probe_ends_the_wait_while_the_settled_wait_still_runs()
    {
        var settled = new TaskCompletionSource();
        var asked = 0;
        var answer = await SettledWait.SettledOrAnswerAsync(settled.Task,
            () => Task.FromResult(++asked < 3 ? null : "refused: name taken"), Long, "the Save to answer");
        Assert.Multiple(() =>
        {
            Assert.That(answer, Is.EqualTo("refused: name taken"));
            Assert.That(settled.Task.IsCompleted, Is.False);
        });
        settled.SetException(new TimeoutException("left running, then ran out"));
    }

    [Test]
    public void A_settled_wait_that_runs_out_with_no_answer_names_what_was_awaited()
    {
        var settled = Task.FromException(new TimeoutException("Timeout 10000ms exceeded"));
        var error = Assert.ThrowsAsync<TimeoutException>(() =>
            SettledWait.SettledOrAnswerAsync(settled, () => Task.FromResult<string?>(null), Long, "the Save to answer"));
        Assert.That(error!.Message, Does.Contain("the Save to answer"));
    }

    [Test]
    public async Task A_settled_wait_that_runs_out_still_takes_an_answer_shown_at_the_last_moment()
    {
        var settled = Task.FromException(new TimeoutException("Timeout 10000ms exceeded"));
        var answer = await SettledWait.SettledOrAnswerAsync(settled, () => Task.FromResult<string?>("refused"), Long, "the Save to answer");
        Assert.That(answer, Is.EqualTo("refused"));
    }

    [Test]
    public void Any_other_fault_of_the_settled_wait_comes_out_as_it_was()
    {
        var settled = Task.FromException(new InvalidOperationException("the page was closed"));
        var error = Assert.ThrowsAsync<InvalidOperationException>(() =>
            SettledWait.SettledOrAnswerAsync(settled, () => Task.FromResult<string?>(null), Long, "the Save to answer"));
        Assert.That(error!.Message, Is.EqualTo("the page was closed"));
    }
}
