namespace Robot.Domain;

/// <summary>What became of one connection in one run.</summary>
/// <param name="TestConnection">What Test Connection said: "passed", "failed", or blank when it did not run.</param>
/// <param name="Attempts">How many times the robot tried to write it (0 when there was nothing to write).</param>
/// <param name="Evidence">Where screenshots or traces of it are, when any were kept.</param>
/// <param name="MailCheck">The final test email: delivered, not-delivered, skipped, or blank when none was asked for.</param>
/// <param name="MailLatencyMs">Milliseconds from sending the test email to finding it, when delivered.</param>
public sealed record Outcome(
    ConnectionStatus Status,
    string TestConnection,
    string Message,
    int Attempts,
    TimeSpan Duration,
    string Evidence = "",
    string MailCheck = "",
    long? MailLatencyMs = null)
{
    /// <summary>"Interval 5 min not carried: …" as the Cloud's panel showed it when written; null when nothing was written (the plan's list then).</summary>
    public IReadOnlyList<string>? NotCarried { get; init; }

    /// <summary>Its state on Cloud after this run's write, read from the list; null when nothing was written (the plan's then).</summary>
    public CloudState? CloudState { get; init; }

    public const string TestPassed = "passed";
    public const string TestFailed = "failed";
    public const string TestNotRun = "";

    public static string TestText(bool? passed) => passed switch
    {
        true => TestPassed,
        false => TestFailed,
        null => TestNotRun,
    };
}
