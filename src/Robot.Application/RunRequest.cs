using Robot.Domain;

namespace Robot.Application;

/// <summary>What the command line asked for (every command reads the parts it knows).</summary>
public sealed record RunRequest
{
    public string? SettingsFile { get; init; }
    public string? OutputFolder { get; init; }
    public string? SelectorsFolder { get; init; }
    public string? PlaywrightConfig { get; init; }
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>--kind: the kinds to migrate ("incoming-mail-connections", "oauth2-credentials"); empty is both.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    public bool Migrates(string kind) => Kinds.Count == 0 || Kinds.Contains(kind, StringComparer.OrdinalIgnoreCase);
    public bool UpdateExisting { get; init; }

    /// <summary>--enable: enable each connection whose Test Connection passed, after its Save.</summary>
    public bool Enable { get; init; }
    public bool SaveOnTestFailure { get; init; }
    public bool Resume { get; init; }
    public int? Workers { get; init; }

    /// <summary>--shard K/N: only the connections in share K of N (by a stable hash of the name); all when absent.</summary>
    public Shard Shard { get; init; } = Shard.All;

    /// <summary>--ws-endpoint: drive the browser of a Playwright browser server there instead of starting Chromium.</summary>
    public string? WsEndpoint { get; init; }

    /// <summary>merge: the results files to join.</summary>
    public IReadOnlyList<string> MergeInputs { get; init; } = [];
    public bool Headed { get; init; }
    public int? SlowMoMs { get; init; }
    public bool Verbose { get; init; }

    /// <summary>--evidence: screenshots (passwords masked) and fields per connection; null is the command's default.</summary>
    public bool? Evidence { get; init; }

    /// <summary>--trace: keep a Playwright trace (passwords masked) of each connection that fails (on-failure, the default) or none (off).</summary>
    public bool TraceOnFailure { get; init; } = true;

    /// <summary>--step: wait for Enter before each documented step (QA replay).</summary>
    public bool StepThrough { get; init; }

    /// <summary>--preflight: log in to each password connection's mailbox before anything is written.</summary>
    public bool Preflight { get; init; }

    /// <summary>--send-test-email: after each Save, send a test email to the mailbox and look for it.</summary>
    public bool SendTestEmail { get; init; }

    /// <summary>verify --all: every Server connection, not only those results.csv says are done.</summary>
    public bool VerifyAll { get; init; }

    /// <summary>--session-file: sessions saved by `robot login` (each file names its site), entered through instead of a password.</summary>
    public IReadOnlyList<string> SessionFiles { get; init; } = [];

    /// <summary>Settings given as --Section:Key=value, over the file and the environment.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> CommandLineSettings { get; init; } = [];

    /// <summary>Further settings overrides set by a command itself (the demo's sandbox URLs), after the options'.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> SettingsOverridesExtra { get; init; } = [];

    /// <summary>Settings overrides (configuration key → value) that the command line implies.</summary>
    public IEnumerable<KeyValuePair<string, string?>> SettingsOverrides(string workingDirectory)
    {
        foreach (var pair in CommandLineSettings) yield return pair;
        if (OutputFolder is not null) yield return new("Output", Path.GetFullPath(OutputFolder, workingDirectory));
        if (Workers is not null) yield return new("Workers", Workers.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (UpdateExisting) yield return new("UpdateExisting", "true");
        if (Enable) yield return new("EnableTested", "true");
        if (SaveOnTestFailure) yield return new("SaveOnTestFailure", "true");
        foreach (var pair in SettingsOverridesExtra) yield return pair;
    }

    public IEnumerable<KeyValuePair<string, string?>> PlaywrightOverrides()
    {
        if (Headed) yield return new("Headless", "false");
        if (SlowMoMs is not null) yield return new("SlowMoMs", SlowMoMs.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (WsEndpoint is not null) yield return new("WsEndpoint", WsEndpoint);
    }
}
