using Robot.Domain;

namespace Robot.Runner;

/// <summary>Counts of one run.</summary>
/// <param name="Counts">Connections processed in this run, per status (every status present, zero when none).</param>
/// <param name="SkippedAsDone">Connections a resumed run skipped because an earlier run finished them.</param>
/// <param name="NotStarted">Connections left untouched because the run was stopped.</param>
/// <param name="StoppedBy">Why the run stopped itself (a selector that no longer matches the site); null when it did not.</param>
/// <param name="SessionExpired">A saved session expired during the run (the advice, in full); null when none did.</param>
public sealed record RunSummary(IReadOnlyDictionary<ConnectionStatus, int> Counts, int SkippedAsDone, int NotStarted, string? StoppedBy = null,
    string? SessionExpired = null)
{
    public bool Aborted => NotStarted > 0 || SessionExpired is not null;

    public int Processed => Counts.Values.Sum();

    public int NeedingAttention => Counts.Where(pair => pair.Key.NeedsAttention()).Sum(pair => pair.Value);

    /// <summary>How the run ended, worst first: the CLI turns it into an exit code.</summary>
    public RunVerdict Verdict =>
        StoppedBy is not null ? RunVerdict.StoppedByChangedUi
        : Aborted ? RunVerdict.Aborted
        : NeedingAttention > 0 ? RunVerdict.NeedsAttention
        : RunVerdict.AllDone;

    public static RunSummary From(IEnumerable<ConnectionStatus> statuses, int skippedAsDone, int notStarted, string? stoppedBy = null,
        string? sessionExpired = null)
    {
        var counts = Enum.GetValues<ConnectionStatus>().ToDictionary(status => status, _ => 0);
        foreach (var status in statuses) counts[status]++;
        return new RunSummary(counts, skippedAsDone, notStarted, stoppedBy, sessionExpired);
    }
}
