using Robot.Domain.Ports;
using Robot.Runner;
using Spectre.Console;

namespace Robot.Cli.Progress;

/// <summary>
/// Spectre.Console live progress bars in a terminal: the Server's read (connections read of those listed), and the
/// migration (done of total, the counts by status). Both show elapsed and remaining time. The line of each finished
/// connection is written above the bar (through the same console, which keeps the bar at the bottom).
/// </summary>
public static class LiveProgress
{
    /// <param name="line">Writes a finished connection's line (called under the display's lock).</param>
    public static Task<T> RunAsync<T>(IAnsiConsole console, int total, Action<ConnectionResult> line,
        Func<IProgress<ConnectionResult>, Task<T>> work)
    {
        var counts = new StatusCounts();
        var gate = new Lock();
        return Bar(console).StartAsync(async context =>
        {
            var task = context.AddTask(counts.Markup(), maxValue: Math.Max(total, 1));
            var progress = new SyncProgress<ConnectionResult>(result =>
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

    /// <summary>The Server's read: a bar that pulses until the list's first page is seen, then fills as Edit panels are read.</summary>
    /// <param name="step">Also told of every step (the --verbose log); null tells nobody.</param>
    public static Task<T> ServerReadAsync<T>(IAnsiConsole console, Action<ServerReadProgress>? step,
        Func<IProgress<ServerReadProgress>, Task<T>> read)
    {
        var count = new ServerReadCount();
        var gate = new Lock();
        return Bar(console).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(count.Words), maxValue: 1);
            task.IsIndeterminate = true;
            var progress = new SyncProgress<ServerReadProgress>(value =>
            {
                lock (gate)
                {
                    step?.Invoke(value);
                    count.Add(value);
                    task.IsIndeterminate = false;
                    task.MaxValue = Math.Max(count.Total, 1);
                    task.Value = count.Read;
                    task.Description = Markup.Escape(count.Words);
                }
            });
            var connections = await read(progress).ConfigureAwait(false);
            lock (gate)
            {
                task.IsIndeterminate = false;
                task.MaxValue = Math.Max(count.Read, 1);
                task.Value = task.MaxValue;
            }
            context.Refresh();
            return connections;
        });
    }

    private static Spectre.Console.Progress Bar(IAnsiConsole console) => console.Progress()
        .AutoClear(false)
        .HideCompleted(false)
        .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
            new ElapsedTimeColumn(), new RemainingTimeColumn());
}
