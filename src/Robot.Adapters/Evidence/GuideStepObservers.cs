using Robot.Domain;

namespace Robot.Adapters.Evidence;

/// <summary>Runs a write and its guide steps under the watch of every <see cref="IGuideStepObserver"/> given.</summary>
public sealed class GuideStepObservers(IReadOnlyList<IGuideStepObserver> observers)
{
    public static readonly GuideStepObservers None = new([]);

    /// <summary>Whether anyone watches: a step that only informs the observers (guide step 4) is skipped otherwise.</summary>
    public bool Any => observers.Count > 0;

    /// <summary>The observers of the run's step log, evidence folder and failure traces (each null when not kept), then <paramref name="others"/>.</summary>
    public static GuideStepObservers Of(StepLog? guide, EvidenceFolder? evidence, EvidenceFolder? traces, IEnumerable<IGuideStepObserver> others)
    {
        var list = new List<IGuideStepObserver>();
        if (guide is not null) list.Add(new StepLogObserver(guide));
        if (evidence is not null) list.Add(new PanelEvidenceObserver(evidence));
        if (traces is not null) list.Add(new FailureTraceObserver(new FailureTraces(traces)));
        list.AddRange(others);
        return new GuideStepObservers(list);
    }

    /// <summary>Runs one guide step: the observers are told it started, then that it finished or failed.</summary>
    public async Task<T> StepAsync<T>(ObservedStep step, Func<ObservedStep, Task<T>> body)
    {
        foreach (var observer in observers) await observer.StepStartedAsync(step).ConfigureAwait(false);
        T value;
        try
        {
            value = await body(step).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            foreach (var observer in observers) await observer.StepFailedAsync(step, error).ConfigureAwait(false);
            throw;
        }
        foreach (var observer in observers) await observer.StepFinishedAsync(step).ConfigureAwait(false);
        return value;
    }

    public Task StepAsync(ObservedStep step, Func<ObservedStep, Task> body) =>
        StepAsync(step, async observed => { await body(observed).ConfigureAwait(false); return true; });

    /// <summary>Runs a whole write (guide steps 2.1 to 6); <paramref name="failed"/> says whether a write that returned failed.</summary>
    public async Task<T> WriteAsync<T>(ObservedWrite write, Func<Task<T>> body, Func<T, bool> failed, Func<Exception, Task<Exception>> onError)
    {
        foreach (var observer in observers) await observer.WriteStartedAsync(write).ConfigureAwait(false);
        T value;
        try
        {
            value = await body().ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The fault's own evidence (its screenshot) is taken before the observers close their records of the write.
            var thrown = await onError(error).ConfigureAwait(false);
            foreach (var observer in observers) await observer.WriteEndedAsync(write, failed: true).ConfigureAwait(false);
            if (ReferenceEquals(thrown, error)) throw;
            throw thrown;
        }
        foreach (var observer in observers) await observer.WriteEndedAsync(write, failed(value)).ConfigureAwait(false);
        return value;
    }
}

/// <summary>Writes each step's line to steps.log (see <see cref="StepLog"/>): begun when the step starts, written when it ends.</summary>
internal sealed class StepLogObserver(StepLog log) : IGuideStepObserver
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ObservedStep, StepLog.Step> open = [];

    public async ValueTask StepStartedAsync(ObservedStep step) =>
        open.AddOrUpdate(step, await log.BeginAsync(step.Step, step.Connection).ConfigureAwait(false));

    public ValueTask StepFinishedAsync(ObservedStep step) => End(step);

    public ValueTask StepFailedAsync(ObservedStep step, Exception error) => End(step);

    private ValueTask End(ObservedStep step)
    {
        if (open.TryGetValue(step, out var handle)) handle.Done(step.Detail, step.Named);
        open.Remove(step);
        return ValueTask.CompletedTask;
    }
}
