namespace Robot.Adapters.Mail;

/// <summary>What became of the final test email: the mail_check column's vocabulary.</summary>
public enum MailCheckStatus
{
    Delivered,
    NotDelivered,
    Skipped,
}

public static class MailCheckStatusWire
{
    /// <summary>delivered, not-delivered or skipped.</summary>
    public static string ToWire(this MailCheckStatus status) => status switch
    {
        MailCheckStatus.Delivered => "delivered",
        MailCheckStatus.NotDelivered => "not-delivered",
        MailCheckStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
