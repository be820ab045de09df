using Robot.Adapters.Evidence;
using Robot.Domain;

namespace Robot.Cli.Evidence;

/// <summary>
/// The QA side of one command: the step log in the guide's terms (always written to steps.log; shown on the console in
/// verbose or replay mode, and waiting for Enter before each step with --step) and, with --evidence, the per-connection
/// evidence folder. The report is written from results.csv and that folder.
/// </summary>
public sealed class RunEvidence
{
    private readonly CliServices services;

    public RunEvidence(CliServices services, RunRequest request, string outputFolder, Func<IEnumerable<string?>> secrets)
    {
        this.services = services;
        OutputFolder = outputFolder;
        var replay = request.Headed || request.SlowMoMs is > 0 || request.StepThrough;
        Guide = new StepLog(
            Path.Combine(outputFolder, StepLog.FileName),
            services.Clock,
            request.Verbose || replay ? Echo : null,
            request.StepThrough ? WaitForEnterAsync : null,
            secrets);
        Folder = request.Evidence == true ? new EvidenceFolder(Path.Combine(outputFolder, "evidence")) : null;
        Traces = request.TraceOnFailure ? Folder ?? new EvidenceFolder(Path.Combine(outputFolder, "evidence")) : null;
    }

    public string OutputFolder { get; }

    public StepLog Guide { get; }

    /// <summary>Null unless --evidence (the demo's default).</summary>
    public EvidenceFolder? Folder { get; }

    /// <summary>Where failed connections' traces and screenshots go (evidence/NAME/); null with --trace off.</summary>
    public EvidenceFolder? Traces { get; }

    private readonly Lock gate = new();
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    private void Echo(string line)
    {
        lock (gate) services.Error.WriteLine($"  {services.Clock.GetLocalNow():HH:mm:ss.fff} {line}");
    }

    /// <summary>--step: says which documented step comes next and waits for Enter (one prompt at a time).</summary>
    private async Task WaitForEnterAsync(GuideStep step, string connection)
    {
        await oneAtATime.WaitAsync(services.Abort).ConfigureAwait(false);
        try
        {
            lock (gate) services.Out.Write($"next: step {step.Number()} {step.Title()} '{connection}' — press Enter ");
            services.Out.Flush();
            await (services.Input ?? Console.In).ReadLineAsync(services.Abort).ConfigureAwait(false);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Writes report.html next to results.csv; a report that cannot be written is said, never fatal.</summary>
    public string? WriteReport()
    {
        try
        {
            return HtmlReport.Write(OutputFolder, services.Clock);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            services.Error.WriteLine($"robot: report.html not written: {error.Message}");
            return null;
        }
    }
}
