namespace Robot.Runner;

/// <summary>What a run did: its results in the order the connections finished, and the counts.</summary>
public sealed record RunResult(string RunId, IReadOnlyList<ConnectionResult> Results, RunSummary Summary)
{
    public bool Aborted => Summary.Aborted;

    public RunVerdict Verdict => Summary.Verdict;

    /// <summary>Why the run stopped itself (a changed UI, in full); null when it did not.</summary>
    public string? StoppedBy => Summary.StoppedBy;

    /// <summary>Connections on Cloud that will not poll until someone enables them (the Cloud creates and edits them disabled).</summary>
    public int LeftDisabled => Results.Count(r => (r.Outcome.CloudState ?? r.Planned.CloudState) == Domain.CloudState.Disabled);
}
