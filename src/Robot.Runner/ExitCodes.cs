namespace Robot.Runner;

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
}
