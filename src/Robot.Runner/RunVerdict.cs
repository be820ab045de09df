namespace Robot.Runner;

/// <summary>How a run ended, for the caller to act on (the CLI maps it to an exit code).</summary>
public enum RunVerdict
{
    /// <summary>Every connection is migrated, updated or already exists.</summary>
    AllDone,

    /// <summary>Some connections need attention (test-failed, blocked-oauth, needs-password, invalid, failed).</summary>
    NeedsAttention,

    /// <summary>The run was stopped (Ctrl-C, SIGTERM) before every connection was processed.</summary>
    Aborted,

    /// <summary>The run stopped itself: a selector no longer matches the site (a changed UI).</summary>
    StoppedByChangedUi,
}
