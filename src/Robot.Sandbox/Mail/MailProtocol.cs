namespace Robot.Sandbox.Mail;

public enum MailProtocol
{
    Imap,
    Pop3,
}
