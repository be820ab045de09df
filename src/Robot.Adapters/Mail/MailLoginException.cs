namespace Robot.Adapters.Mail;

/// <summary>A mailbox or relay login that failed, already classified; the message never holds a password.</summary>
public sealed class MailLoginException(PreflightKind kind, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public PreflightKind Kind { get; } = kind;

    public PreflightResult ToResult() => new(Kind, Message);
}
