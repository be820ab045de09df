namespace Robot.Sandbox.Hosting;

/// <summary>
/// Ways the pages can behave as other builds of the products do, so tests can hold the robot's reading rules to them.
/// All off by default (command line: see <see cref="PageQuirksCommandLine"/>).
/// </summary>
public sealed record PageQuirks
{
    /// <summary>
    /// The Server's Edit dialog opens with its form empty and no spinner; the stored values arrive this many ms later,
    /// one field at a time. 0 = off (the dialog shows a spinner, then the whole filled form).
    /// </summary>
    public int ServerLateFillMs { get; init; }

    /// <summary>With <see cref="ServerLateFillMs"/>: the answer for the row opened before arrives first, field by field, then this row's.</summary>
    public bool ServerPreviousRowFirst { get; init; }

    /// <summary>Connections (by exact name) whose Edit dialog never fills in: the request for them is never answered.</summary>
    public IReadOnlyList<string> ServerNeverFill { get; init; } = [];

    /// <summary>A Server login lands on the System Dashboard, whatever page asked for it.</summary>
    public bool ServerLoginLandsOnDashboard { get; init; }

    /// <summary>The Cloud's OAuth2 Credentials page never finishes loading its list (the Add panel's list still loads).</summary>
    public bool CloudOAuthCredentialsPageHangs { get; init; }

    /// <summary>The Server's Edit dialog opens empty, without a spinner, and fills in later (or never).</summary>
    public bool ServerOpensEmpty => ServerLateFillMs > 0 || ServerNeverFill.Count > 0;
}
