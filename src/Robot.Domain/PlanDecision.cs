namespace Robot.Domain;

/// <summary>What the plan says to do with one Server connection.</summary>
public enum PlanDecision
{
    Create,
    Update,
    AlreadyExists,
    BlockedOAuth,
    NeedsPassword,

    /// <summary>OAuth2 Credentials whose Client Secret the Server withholds and no secrets source has.</summary>
    NeedsSecret,
    Invalid,

    /// <summary>Something it needs could not be read (its Edit panel, the Cloud's OAuth2 Credentials): worth a later run.</summary>
    Failed,
}

public static class PlanDecisionWire
{
    public static string ToWire(this PlanDecision decision) => decision switch
    {
        PlanDecision.Create => "create",
        PlanDecision.Update => "update",
        PlanDecision.AlreadyExists => "already-exists",
        PlanDecision.BlockedOAuth => "blocked-oauth",
        PlanDecision.NeedsPassword => "needs-password",
        PlanDecision.NeedsSecret => "needs-secret",
        PlanDecision.Invalid => "invalid",
        PlanDecision.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
    };

    /// <summary>Create and Update need the Cloud UI; the others end without touching it.</summary>
    public static bool IsActionable(this PlanDecision decision) => decision is PlanDecision.Create or PlanDecision.Update;
}
