namespace Robot.Adapters.Evidence;

/// <summary>Traces each write (see <see cref="FailureTraces"/>): kept, masked, when the write failed; dropped when it saved.</summary>
internal sealed class FailureTraceObserver(FailureTraces traces) : IGuideStepObserver
{
    public async ValueTask WriteStartedAsync(ObservedWrite write) =>
        await traces.BeginAsync(await write.ContextAsync().ConfigureAwait(false), write.Connection).ConfigureAwait(false);

    public async ValueTask WriteEndedAsync(ObservedWrite write, bool failed)
    {
        if (failed) await traces.KeepAsync(write.Connection, write.Secrets()).ConfigureAwait(false);
        else await traces.DiscardAsync(write.Connection).ConfigureAwait(false);
    }
}
