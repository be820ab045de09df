namespace Robot.Domain;

/// <summary>One line of results.csv: one connection in one run. Never holds a password.</summary>
/// <param name="CloudState">Whether it polls on Cloud after the run: disabled, enabled, needs correction, or blank when it is not on Cloud.</param>
/// <param name="NotCarried">The Server fields the Cloud has no place for, with their values, when not the default ("Interval 5 min not carried: …").</param>
public sealed record LedgerRow(
    string RunId,
    DateTimeOffset FinishedUtc,
    string Name,
    string ServerProtocol,
    string ServiceProvider,
    string Encryption,
    string Host,
    string Port,
    string Username,
    string Status,
    string TestConnection,
    string Message,
    int Attempts,
    long DurationMs,
    string Evidence,
    string MailCheck = "",
    string MailLatencyMs = "",
    string NotCarried = "",
    string CloudState = "")
{
    public static LedgerRow From(string runId, DateTimeOffset finishedUtc, PlannedConnection planned, Outcome outcome)
    {
        var server = planned.Server;
        var cloud = planned.Cloud;
        return new LedgerRow(
            RunId: runId,
            FinishedUtc: finishedUtc.ToUniversalTime(),
            Name: server.Name,
            ServerProtocol: server.Protocol,
            ServiceProvider: cloud?.ServiceProvider ?? "",
            Encryption: cloud?.Encryption ?? server.Encryption,
            Host: cloud?.Host ?? server.Host,
            Port: cloud?.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? server.Port,
            Username: server.Username,
            Status: outcome.Status.ToWire(),
            TestConnection: outcome.TestConnection,
            Message: outcome.Message,
            Attempts: outcome.Attempts,
            DurationMs: (long)outcome.Duration.TotalMilliseconds,
            Evidence: outcome.Evidence,
            MailCheck: outcome.MailCheck,
            MailLatencyMs: outcome.MailLatencyMs?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            NotCarried: Fields.NotCarried.Cell(outcome.NotCarried ?? planned.NotCarried),
            CloudState: (outcome.CloudState ?? planned.CloudState).ToWire());
    }
}
