using Robot.Domain;

namespace Robot.Runner;

/// <summary>One planned connection and what became of it in this run.</summary>
public sealed record ConnectionResult(PlannedConnection Planned, Outcome Outcome);
