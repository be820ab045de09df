using System.Runtime.ExceptionServices;
using Polly;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// A page step run in the robot's retry pipeline: a machinery fault (a wait ran out, the page went away) and a
/// <see cref="SystemFaultException"/> are tried again after <c>recover</c>; when the tries are spent the last fault
/// is thrown as it was, so callers see what Playwright said.
/// </summary>
public static class PageRetry
{
    /// <param name="retryable">Which faults the step may be tried again for (default: machinery faults).</param>
    /// <param name="recover">Run before each new try with the fault that ended the last one (log it, go back to a known page).</param>
    public static async Task RunAsync(ResiliencePipeline pipeline, Func<Task> step, Func<Exception, Task> recover,
        Func<Exception, bool>? retryable = null)
    {
        Exception? last = null;
        try
        {
            await pipeline.ExecuteAsync(async _ =>
            {
                if (last is not null) await recover(last).ConfigureAwait(false);
                try
                {
                    await step().ConfigureAwait(false);
                }
                catch (Exception error) when ((retryable ?? PageGuard.IsMachineryFault)(error) || error is SystemFaultException)
                {
                    last = error;
                    if (error is SystemFaultException) throw;
                    throw new RetryableStepFault(error);
                }
            }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (RetryableStepFault fault)
        {
            ExceptionDispatchInfo.Throw(fault.InnerException!);
        }
    }

    public static async Task<T> RunAsync<T>(ResiliencePipeline pipeline, Func<Task<T>> step, Func<Exception, Task> recover,
        Func<Exception, bool>? retryable = null)
    {
        T value = default!;
        // A statement body: an assignment expression would make this lambda a Func<Task<T>> and call this overload again.
        await RunAsync(pipeline, async () => { value = await step().ConfigureAwait(false); }, recover, retryable).ConfigureAwait(false);
        return value;
    }

    /// <summary>Carries a fault the pipeline may retry; never leaves <see cref="RunAsync"/>.</summary>
    private sealed class RetryableStepFault(Exception inner) : SystemFaultException(inner.Message, inner);
}
