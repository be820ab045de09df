using Robot.Application;
using Robot.Domain;
using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Cli;

/// <summary>A session's output on the console: through <see cref="Report"/> (lines, progress bars), --step prompts on stdout, stdin for Enter.</summary>
public sealed class ConsoleSessionOutput(CliServices services, Report report) : ISessionOutput
{
    private readonly Lock gate = new();

    public void Line(string text) => report.Line(text);

    public void Warn(string text) => report.Warn(text);

    public void Step(string text) => report.Step(text);

    public async Task WaitForEnterAsync(GuideStep step, string connection, CancellationToken cancellationToken)
    {
        lock (gate) services.Out.Write($"next: step {step.Number()} {step.Title()} '{connection}' — press Enter ");
        services.Out.Flush();
        await (services.Input ?? Console.In).ReadLineAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<T> TrackServerReadAsync<T>(Action<string>? step, Func<IProgress<ServerReadProgress>, Task<T>> read) =>
        report.TrackServerReadAsync(step, read);

    public Task<T> TrackRunAsync<T>(int total, Func<IProgress<ConnectionResult>, Task<T>> run) => report.TrackAsync(total, run);

    public void PlanLoaded(IReadOnlyList<PlannedConnection> plan, int doneBefore) => report.PlanLoaded(plan, doneBefore);
}
