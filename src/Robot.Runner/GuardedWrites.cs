using Polly;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>How one item's write ended: its value after <see cref="Attempts"/> tries, or the fault it gave up on.</summary>
public sealed record Attempted<T>(T Value, int Attempts, string? Fault = null, string Evidence = "")
{
    public bool Succeeded => Fault is null;
}

/// <summary>
/// Every kind's write of one item: tried again in the runner's one retry pipeline (<see cref="RetryPolicy"/>) while
/// it meets system faults, its faults sorted one way: a changed UI or an expired session also stops the run
/// (<see cref="RunStops"/>); nothing the item meets is thrown.
/// </summary>
public sealed class GuardedWrites(ResiliencePipeline retry, RunStops stops)
{
    /// <param name="attempt">One try, given its number (1 first) and the pipeline's token.</param>
    public async Task<Attempted<T>> RunAsync<T>(Func<int, CancellationToken, Task<T>> attempt)
    {
        var attempts = 0;
        try
        {
            // The item in hand is finished even when the run is being stopped, hence no cancellation token.
            var value = await retry.ExecuteAsync(async token => await attempt(++attempts, token).ConfigureAwait(false), CancellationToken.None)
                .ConfigureAwait(false);
            return new Attempted<T>(value, attempts);
        }
        catch (SystemFaultException fault)
        {
            return Failed<T>($"gave up after {attempts} attempt(s): {fault.Message}", attempts, fault.Evidence);
        }
        catch (SessionExpiredException fault)
        {
            stops.Expired(fault.Message);
            return Failed<T>(fault.Message, attempts, fault.Evidence);
        }
        catch (ChangedUiException fault)
        {
            stops.ChangedUi(fault.Message);
            return Failed<T>(fault.Message, attempts, fault.Evidence);
        }
        catch (BusinessFaultException fault)
        {
            return Failed<T>(fault.Message, attempts, fault.Evidence);
        }
        catch (Exception unexpected) when (unexpected is not OutOfMemoryException)
        {
            return Failed<T>($"unexpected {unexpected.GetType().Name}: {unexpected.Message}", attempts);
        }
    }

    private static Attempted<T> Failed<T>(string fault, int attempts, string evidence = "") => new(default!, attempts, fault, evidence);
}
