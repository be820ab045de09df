namespace Robot.Sandbox.Mail;

// The mail part's public contract, shared with the sites (written first so both sides could build against it).

public sealed record Mailbox(string Username, string Password)
{
    public override string ToString() => $"Mailbox {{ Username = {Username} }}";
}

public sealed record MailEndpoints(string Host, int Imap, int Imaps, int Pop3, int Pop3s, int Smtp);

public enum MailProtocol { Imap, Pop3 }

public enum MailEncryption { None, SslTls, StartTls }

public sealed record MailLoginRequest(MailProtocol Protocol, MailEncryption Encryption, string Host, int Port, string Username, string Password, int TimeoutMs)
{
    public override string ToString() => $"{Protocol} {Encryption} {Username}@{Host}:{Port}";
}

public sealed record MailLoginResult(bool Success, string Message);
