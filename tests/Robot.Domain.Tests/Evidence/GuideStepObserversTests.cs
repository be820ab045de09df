using Robot.Adapters.Evidence;

namespace Robot.Domain.Tests.Evidence;

/// <summary>The seam the page objects run the guide's steps through: who is told what, in which order, and what steps.log gets.</summary>
public class GuideStepObserversTests
{
    [Test]
    public async Task Each_observer_is_told_in_order_that_a_step_started_and_finished_with_its_detail()
    {
        var calls = new List<string>();
        var steps = new GuideStepObservers([new Recorder("a", calls), new Recorder("b", calls)]);
        var value = await steps.StepAsync(new ObservedStep(GuideStep.CloudAdd, "Support"), step =>
        {
            calls.Add("body");
            step.Detail = "Add panel open";
            return Task.FromResult(7);
        });
        Assert.Multiple(() =>
        {
            Assert.That(value, Is.EqualTo(7));
            Assert.That(calls, Is.EqualTo(new[] { "a started 2.2", "b started 2.2", "body", "a finished 2.2 Add panel open", "b finished 2.2 Add panel open" }));
        });
    }

    [Test]
    public void A_step_that_throws_is_told_as_failed_with_what_it_said_and_the_fault_goes_on()
    {
        var calls = new List<string>();
        var steps = new GuideStepObservers([new Recorder("a", calls)]);
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => steps.StepAsync(new ObservedStep(GuideStep.Save, "Support"), step =>
        {
            step.Detail = "refused: HTTP 500";
            throw new InvalidOperationException("refused");
        }));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo("refused"));
            Assert.That(calls, Is.EqualTo(new[] { "a started 6", "a failed 6 refused: HTTP 500 (refused)" }));
        });
    }

    [Test]
    public async Task A_write_ends_failed_when_it_throws_or_its_result_says_so_and_the_fault_is_given_its_evidence_first()
    {
        var calls = new List<string>();
        var steps = new GuideStepObservers([new Recorder("a", calls)]);
        var write = new ObservedWrite("Support", () => throw new InvalidOperationException("no context needed"), () => []);
        await steps.WriteAsync(write, () => Task.FromResult(false), saved => !saved, error => Task.FromResult(error));
        var thrown = Assert.ThrowsAsync<TimeoutException>(() => steps.WriteAsync<bool>(write, () => throw new InvalidOperationException("slow"), _ => false,
            error => { calls.Add("evidence of " + error.Message); return Task.FromResult<Exception>(new TimeoutException("slow, with screenshot")); }));
        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Message, Is.EqualTo("slow, with screenshot"));
            Assert.That(calls, Is.EqualTo(new[] { "a write Support", "a ended Support failed=True", "a write Support", "evidence of slow", "a ended Support failed=True" }));
        });
    }

    [Test]
    public async Task The_step_log_observer_writes_one_line_per_step_with_its_detail_also_for_a_failed_step()
    {
        using var folder = new TempFolder();
        var clock = new StoppedClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var log = new StepLog(folder.File(StepLog.FileName), clock);
        var steps = GuideStepObservers.Of(log, null, null, []);
        await steps.StepAsync(new ObservedStep(GuideStep.TestConnection, "Support"), step =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            step.Detail = "passed: Connection successful";
            return Task.CompletedTask;
        });
        Assert.ThrowsAsync<TimeoutException>(() => steps.StepAsync(new ObservedStep(GuideStep.Save, "Support"), _ => throw new TimeoutException()));
        Assert.That(File.ReadAllLines(log.FilePath!), Is.EqualTo(new[]
        {
            "2026-01-02T03:04:05.250Z  5    Cloud: Test Connection  'Support'  250 ms  passed: Connection successful",
            "2026-01-02T03:04:05.250Z  6    Cloud: Save  'Support'  0 ms",
        }));
    }

    [Test]
    public void No_observer_means_nothing_watches()
    {
        Assert.Multiple(() =>
        {
            Assert.That(GuideStepObservers.None.Any, Is.False);
            Assert.That(GuideStepObservers.Of(null, null, null, []).Any, Is.False);
        });
    }

    private sealed class Recorder(string name, List<string> calls) : IGuideStepObserver
    {
        public ValueTask WriteStartedAsync(ObservedWrite write) => Add($"{name} write {write.Connection}");

        public ValueTask StepStartedAsync(ObservedStep step) => Add($"{name} started {step.Step.Number()}");

        public ValueTask StepFinishedAsync(ObservedStep step) => Add($"{name} finished {step.Step.Number()} {step.Detail}");

        public ValueTask StepFailedAsync(ObservedStep step, Exception error) => Add($"{name} failed {step.Step.Number()} {step.Detail} ({error.Message})");

        public ValueTask WriteEndedAsync(ObservedWrite write, bool failed) => Add($"{name} ended {write.Connection} failed={failed}");

        private ValueTask Add(string call)
        {
            calls.Add(call);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>A clock that moves only when told.</summary>
    private sealed class StoppedClock(DateTimeOffset start) : TimeProvider
    {
        private TimeSpan moved;

        public void Advance(TimeSpan by) => moved += by;

        public override DateTimeOffset GetUtcNow() => start + moved;

        public override long GetTimestamp() => moved.Ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    }
}
