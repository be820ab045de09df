namespace Robot.Sandbox.Mail;

/// <summary>Where the sandbox mail server listens; every port is picked at start.</summary>
public sealed record MailEndpoints(string Host, int Imap, int Imaps, int Pop3, int Pop3s, int Smtp)
{
    /// <summary>For a person: "IMAP 127.0.0.1:1430, IMAP SSL/TLS …:…, POP3 …, POP3 SSL/TLS …, SMTP …".</summary>
    public string Describe() =>
        $"IMAP {Host}:{Imap}, IMAP SSL/TLS {Host}:{Imaps}, POP3 {Host}:{Pop3}, POP3 SSL/TLS {Host}:{Pop3s}, SMTP {Host}:{Smtp}";
}
