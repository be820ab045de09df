namespace Robot.Sandbox.Mail;

/// <summary>The Encryption choices of the connection form: none, TLS from the first byte, or STARTTLS.</summary>
public enum MailEncryption
{
    None,
    SslTls,
    StartTls,
}
