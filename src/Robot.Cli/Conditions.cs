using System.Diagnostics;

namespace Robot.Cli;

/// <summary>Waiting for something to become true, with a deadline.</summary>
public static class Conditions
{
    /// <returns>True when <paramref name="condition"/> held before the deadline.</returns>
    public static async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan deadline, TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (condition()) return true;
            if (clock.Elapsed >= deadline) return false;
            await Task.Delay(pollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
