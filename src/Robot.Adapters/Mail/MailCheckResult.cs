namespace Robot.Adapters.Mail;

/// <summary>
/// The outcome of one test email. <paramref name="LatencyMs"/> is the time from sending to finding it in the mailbox,
/// null unless delivered. <paramref name="Message"/> never holds a password.
/// </summary>
public sealed record MailCheckResult(MailCheckStatus Status, long? LatencyMs, string Message)
{
    public static MailCheckResult Skipped(string why) => new(MailCheckStatus.Skipped, null, why);

    public static MailCheckResult NotDelivered(string why) => new(MailCheckStatus.NotDelivered, null, why);

    /// <summary>"delivered in 412 ms: …", the form for a results row.</summary>
    public string Describe() => LatencyMs is { } ms
        ? $"test email {Status.ToWire()} in {ms} ms: {Message}"
        : $"test email {Status.ToWire()}: {Message}";

    public override string ToString() => Describe();
}
