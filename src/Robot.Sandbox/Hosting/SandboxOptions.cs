namespace Robot.Sandbox.Hosting;

/// <summary>Everything the sandbox can be started with (command line: see SandboxCommandLine).</summary>
public sealed record SandboxOptions
{
    /// <summary>Seed file; null means the built-in default seed.</summary>
    public string? SeedPath { get; init; }

    /// <summary>Where the Cloud state is kept across restarts; null keeps it in memory only.</summary>
    public string? DataDir { get; init; }

    /// <summary>The Server's Edit panel shows a blank password field.</summary>
    public bool WithholdServerPasswords { get; init; }

    public FaultOptions Faults { get; init; } = new();

    /// <summary>
    /// The Cloud panel's Password is a plain text input (type=text) on pure green (#00FF00), as a UI might draw it:
    /// a screenshot that does not mask the field by what it is (not by its type) shows the password and the green.
    /// </summary>
    public bool RevealPasswordInputs { get; init; }

    /// <summary>
    /// The Cloud takes a second connection of a name it already has, as an app without that check would, so that
    /// "never twice" rests on the robot, not on the sandbox refusing.
    /// </summary>
    public bool AcceptDuplicateNames { get; init; }

    /// <summary>Which imitation of the two admin UIs is served: the first skin or the independently written alt skin.</summary>
    public SandboxSkin Skin { get; init; } = SandboxSkin.Default;

    /// <summary>Older app versions' words: "Mail Accounts" instead of "Incoming Mail Connections".</summary>
    public bool LegacyLabels { get; init; }

    /// <summary>How the alt skin's Server Edit dialog fills in its fields (ignored by the first skin).</summary>
    public AltFill AltFill { get; init; } = AltFill.Mixed;

    public PageQuirks Quirks { get; init; } = new();

    public SiteLogin ServerAdmin { get; init; } = new("admin", "admin-sandbox-pw");

    public SiteLogin CloudAdmin { get; init; } = new("admin@example.test", "cloud-sandbox-pw");

    /// <summary>How the sites let a person in: SSO redirects, a one-time-code step, session lifetimes.</summary>
    public LoginOptions Login { get; init; } = new();
}

public sealed record SiteLogin(string User, string Password);

/// <summary>Fault injection for reliability tests; all off by default.</summary>
public sealed record FaultOptions
{
    public int LatencyMinMs { get; init; }
    public int LatencyMaxMs { get; init; }
    public double SaveFailureRate { get; init; }
    public double TestFailureRate { get; init; }

    /// <summary>A session ends after this many requests; the next action lands on the login page. 0 = never.</summary>
    public int SessionExpiryRequests { get; init; }

    /// <summary>Save stores the connection, then answers 500 with <see cref="SaveFaultMessage"/>: the answer is lost, the save is not.</summary>
    public double LostAnswerRate { get; init; }

    /// <summary>
    /// The first read of the connection list after a lost answer ends the session (401): the page the app was loaded
    /// in shows the "session has expired" page instead of the list, as when a session runs out between a page and its data.
    /// </summary>
    public bool ExpireOnListAfterLostAnswer { get; init; }

    /// <summary>Save stores the connection, then waits this long before answering (longer than the robot waits). 0 = at once.</summary>
    public int SlowAnswerAfterStoreMs { get; init; }

    /// <summary>The words of an injected Save fault (500), so a test can show the robot's retry decision comes from its settings.</summary>
    public string SaveFaultMessage { get; init; } = "Something went wrong (HTTP 500). Try again.";

    /// <summary>The words of an injected Test Connection fault (503).</summary>
    public string TestFaultMessage { get; init; } = "Service temporarily unavailable (HTTP 503)";

    /// <summary>
    /// Each Test Connection call waits until this many are in flight at once (at most TestGate.MaxHold), so a test can
    /// show how many workers really write together. 0 = off.
    /// </summary>
    public int HoldTestsUntilConcurrent { get; init; }

    /// <summary>Seed of the random source, so a fault run can be repeated.</summary>
    public int? RandomSeed { get; init; }
}

public enum SandboxSkin
{
    Default,

    /// <summary>Sites/Alt: other markup, late-filling dialogs, portal dropdowns, page-level flags, Timeout in seconds on Cloud.</summary>
    Alt,
}

/// <summary>The alt Server's Edit dialog opens empty and fills 250-600 ms later, without a spinner, in one of these ways.</summary>
public enum AltFill
{
    /// <summary>Each opening picks one of Together, NameFirst and StaleFirst at random.</summary>
    Mixed,

    /// <summary>Every field at once.</summary>
    Together,

    /// <summary>Name first, the other fields 80-200 ms later.</summary>
    NameFirst,

    /// <summary>The previously opened row's values arrive first (its request was still finishing), then this row's.</summary>
    StaleFirst,

    /// <summary>The fields never fill (a request that never answers).</summary>
    Never,
}
