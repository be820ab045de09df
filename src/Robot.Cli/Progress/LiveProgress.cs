using Robot.Runner;
using Spectre.Console;

namespace Robot.Cli.Progress;

/// <summary>
/// A Spectre.Console live progress bar for a migration in a terminal: done of total, the counts by status, elapsed and
/// remaining time. The line of each finished connection is written above it (through the same console, which keeps the
/// bar at the bottom).
/// </summary>
public static class LiveProgress
{
    /// <param name="line">Writes a finished connection's line (called under the display's lock).</param>
    public static Task<T> RunAsync<T>(IAnsiConsole console, int total, Action<ConnectionResult> line,
        Func<IProgress<ConnectionResult>, Task<T>> work)
    {
        var counts = new StatusCounts();
        var gate = new Lock();
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(counts.Markup(), maxValue: Math.Max(total, 1));
                var progress = new Reporter(result =>
                {
                    lock (gate)
                    {
                        line(result);
                        counts.Add(result.Outcome.Status);
                        task.Description = counts.Markup();
                        task.Increment(1);
                    }
                });
                var value = await work(progress).ConfigureAwait(false);
                context.Refresh();
                return value;
            });
    }

    /// <summary>Reports on the calling thread (System.Progress would post to the thread pool and reorder lines).</summary>
    private sealed class Reporter(Action<ConnectionResult> handler) : IProgress<ConnectionResult>
    {
        public void Report(ConnectionResult value) => handler(value);
    }
}
