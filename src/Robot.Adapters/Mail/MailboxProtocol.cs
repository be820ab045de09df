namespace Robot.Adapters.Mail;

/// <summary>How the robot logs in to a mailbox: the transport a Server Protocol names.</summary>
public enum MailboxProtocol
{
    Imap,
    Pop3,
}
