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

    public PageQuirks Quirks { get; init; } = new();

    public SiteLogin ServerAdmin { get; init; } = new("admin", "admin-sandbox-pw");

    public SiteLogin CloudAdmin { get; init; } = new("admin@example.test", "cloud-sandbox-pw");
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

    /// <summary>Seed of the random source, so a fault run can be repeated.</summary>
    public int? RandomSeed { get; init; }
}
