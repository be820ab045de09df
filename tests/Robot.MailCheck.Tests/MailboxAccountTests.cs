using MailKit.Security;

namespace Robot.MailCheck.Tests;

public sealed class MailboxAccountTests
{
    private const string Password = "Account-Secret-5";

    private static ServerConnection Server(string protocol = "IMAP", string encryption = "SSL/TLS", string port = "993", string? password = Password) =>
        new("Support", "", protocol, encryption, "mail.example.test", "support@example.test", Secret.OrNull(password), port, "10000", "");

    [TestCase("IMAP", "No Encryption", "", MailboxProtocol.Imap, SecureSocketOptions.None, 143)]
    [TestCase("IMAP", "SSL/TLS", "", MailboxProtocol.Imap, SecureSocketOptions.SslOnConnect, 993)]
    [TestCase("IMAP", "STARTTLS", "0", MailboxProtocol.Imap, SecureSocketOptions.StartTls, 143)]
    [TestCase("POP3", "No Encryption", " ", MailboxProtocol.Pop3, SecureSocketOptions.None, 110)]
    [TestCase("pop3", "ssl/tls", "", MailboxProtocol.Pop3, SecureSocketOptions.SslOnConnect, 995)]
    [TestCase("POP3", "STARTTLS", "2110", MailboxProtocol.Pop3, SecureSocketOptions.StartTls, 2110)]
    public void Protocol_encryption_and_blank_port_give_the_login(
        string protocol, string encryption, string port, MailboxProtocol transport, SecureSocketOptions security, int expectedPort)
    {
        var account = MailboxAccount.From(Server(protocol, encryption, port), out var reason);

        Assert.That(account, Is.Not.Null, reason);
        Assert.That((account!.Protocol, account.Security, account.Port), Is.EqualTo((transport, security, expectedPort)));
    }

    [TestCase("IMAP with OAuth Credentials", "SSL/TLS", "993", Password, "OAuth connection")]
    [TestCase("Exchange", "SSL/TLS", "993", Password, "Protocol 'Exchange' is neither IMAP nor POP3")]
    [TestCase("IMAP", "SSL/TLS", "993", null, "no password")]
    [TestCase("IMAP", "Sometimes", "993", Password, "Encryption 'Sometimes' is not")]
    [TestCase("IMAP", "SSL/TLS", "99999", Password, "Port '99999' is not")]
    public void A_connection_the_robot_cannot_log_in_with_says_why(string protocol, string encryption, string port, string? password, string why)
    {
        var account = MailboxAccount.From(Server(protocol, encryption, port, password), out var reason);

        Assert.That(account, Is.Null);
        Assert.That(reason, Does.StartWith(why));
    }

    [Test]
    public void ToString_never_shows_the_password()
    {
        var account = MailboxAccount.From(Server(), out _)!;

        Assert.That(account.ToString(), Does.Not.Contain(Password).And.Contain("Password = ***"));
        Assert.That(account.Describe(), Is.EqualTo("IMAP mail.example.test:993 (SSL/TLS) as support@example.test"));
    }

    [Test]
    public void Results_print_without_a_password()
    {
        Assert.That(new PreflightResult(PreflightKind.Tls, "x").ToString(), Is.EqualTo("preflight tls: x"));
        Assert.That(new MailCheckResult(MailCheckStatus.NotDelivered, null, "y").ToString(), Is.EqualTo("test email not-delivered: y"));
        Assert.That(MailCheckStatus.Skipped.ToWire(), Is.EqualTo("skipped"));
    }
}
