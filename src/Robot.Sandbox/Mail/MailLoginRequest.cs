namespace Robot.Sandbox.Mail;

/// <summary>What "Test Connection" sends: where to log in, how, and as whom.</summary>
public sealed record MailLoginRequest(
    MailProtocol Protocol, MailEncryption Encryption, string Host, int Port, string Username, string Password, int TimeoutMs)
{
    // Records print every member by default; the password must never reach a log.
    public override string ToString() => $"{Protocol} {Encryption} {Username}@{Host}:{Port}";
}
