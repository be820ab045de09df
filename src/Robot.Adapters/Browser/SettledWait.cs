using System.Diagnostics;

namespace Robot.Adapters.Browser;

/// <summary>One wait in the browser for the usual outcome, with a seldom check for the other.</summary>
public static class SettledWait
{
    /// <summary>
    /// Waits for <paramref name="settled"/> (one Playwright wait: no calls from here while it runs) and meanwhile, now and
    /// then, asks <paramref name="probe"/> for an answer that ends the wait early. Null when <paramref name="settled"/>
    /// came first; a <see cref="TimeoutException"/> naming what was awaited when neither came within <paramref name="timeout"/>.
    /// Every call costs a round trip and, with a trace recording, a DOM snapshot: the probe is asked seldom.
    /// </summary>
    public static async Task<T?> SettledOrAnswerAsync<T>(Task settled, Func<Task<T?>> probe, TimeSpan timeout, string what)
        where T : class
    {
        Observe(settled);
        var clock = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            if (await Task.WhenAny(settled, Task.Delay(pause)).ConfigureAwait(false) == settled && settled.IsCompletedSuccessfully) return null;
            if (settled.IsFaulted && settled.Exception!.InnerException is not TimeoutException) await settled.ConfigureAwait(false);
            var value = await probe().ConfigureAwait(false);
            if (value is not null) return value;
            if (settled.IsFaulted || clock.Elapsed > timeout) throw new TimeoutException($"waited {timeout.TotalSeconds:0.#} s for {what}");
            if (pause < TimeSpan.FromMilliseconds(400)) pause *= 2;
        }
    }

    /// <summary>A wait left running once its answer no longer matters: its fault (a timeout, a closed page) is seen here, not lost.</summary>
    private static void Observe(Task task) =>
        _ = task.ContinueWith(done => done.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
