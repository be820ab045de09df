using Robot.Adapters.Evidence;

namespace Robot.Application.Evidence;

/// <summary>
/// The QA side of one command: the step log in the guide's terms (always written to steps.log; shown to the operator in
/// verbose or replay mode, and waiting for the operator before each step with --step) and, with --evidence, the
/// per-connection evidence folder. The report is written from results.csv and that folder.
/// </summary>
public sealed class RunEvidence
{
    private readonly ISessionOutput output;
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    private readonly TimeProvider clock;

    public RunEvidence(ISessionOutput output, RunRequest request, string outputFolder, Func<IEnumerable<string?>> secrets,
        TimeProvider clock, CancellationToken abort)
    {
        this.output = output;
        this.clock = clock;
        OutputFolder = outputFolder;
        var replay = request.Headed || request.SlowMoMs is > 0 || request.StepThrough;
        Guide = new StepLog(
            Path.Combine(outputFolder, StepLog.FileName),
            clock,
            request.Verbose || replay ? output.Step : null,
            request.StepThrough ? (step, connection) => OneAtATimeAsync(() => output.WaitForEnterAsync(step, connection, abort), abort) : null,
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

    /// <summary>One prompt at a time, however many workers reach a step together.</summary>
    private async Task OneAtATimeAsync(Func<Task> prompt, CancellationToken abort)
    {
        await oneAtATime.WaitAsync(abort).ConfigureAwait(false);
        try
        {
            await prompt().ConfigureAwait(false);
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
            return HtmlReport.Write(OutputFolder, clock);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            output.Warn($"report.html not written: {error.Message}");
            return null;
        }
    }
}
