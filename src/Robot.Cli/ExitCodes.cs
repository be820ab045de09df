using Robot.Runner;

namespace Robot.Cli;

/// <summary>The robot's exit codes: what a script calling it can act on.</summary>
public static class ExitCodes
{
    /// <summary>Every connection is migrated, updated or already exists.</summary>
    public const int Success = 0;

    /// <summary>Some connections need attention (test-failed, blocked-oauth, needs-password, invalid, failed).</summary>
    public const int NeedsAttention = 1;

    /// <summary>
    /// Bad command line or configuration; nothing was touched. Also a run that stopped itself because a selector no
    /// longer matches the site (a changed UI): the connections before it stay done, --resume does the rest once fixed.
    /// </summary>
    public const int UsageOrConfiguration = 2;

    /// <summary>The run was stopped (Ctrl-C, SIGTERM) before every connection was processed.</summary>
    public const int Aborted = 3;

    public static int Of(RunVerdict verdict) => verdict switch
    {
        RunVerdict.AllDone => Success,
        RunVerdict.NeedsAttention => NeedsAttention,
        RunVerdict.Aborted => Aborted,
        RunVerdict.StoppedByChangedUi => UsageOrConfiguration,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "unknown run verdict"),
    };

    /// <summary>A command that found something to look at (an unreadable row, a difference, an undelivered email) exits 1.</summary>
    public static int AttentionIf(bool needed) => needed ? NeedsAttention : Success;
}
