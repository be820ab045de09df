using NUnit.Framework;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.Mail;

namespace Robot.Sandbox.Tests.Mail;

[TestFixture]
[NonParallelizable]
public sealed class MailLoginTesterTests
{
    private DovecotServer server = null!;
    private MailLoginTester tester = null!;

    [OneTimeSetUp]
    public async Task StartDovecot()
    {
        server = await DovecotServer.StartAsync(TestMailboxes.All, CancellationToken.None);
        this.tester = new MailLoginTester([server.Certificate.Fingerprint]);
    }

    [OneTimeTearDown]
    public async Task StopDovecot() => await server.DisposeAsync();

    [TestCase(MailProtocol.Imap, MailEncryption.None)]
    [TestCase(MailProtocol.Imap, MailEncryption.SslTls)]
    [TestCase(MailProtocol.Imap, MailEncryption.StartTls)]
    [TestCase(MailProtocol.Pop3, MailEncryption.None)]
    [TestCase(MailProtocol.Pop3, MailEncryption.SslTls)]
    [TestCase(MailProtocol.Pop3, MailEncryption.StartTls)]
    public async Task Logs_in_with_every_protocol_and_encryption(MailProtocol protocol, MailEncryption encryption)
    {
        var result = await this.tester.TestAsync(Request(protocol, encryption, TestMailboxes.Alice), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new MailLoginResult(true, "Connection successful")), server.LogTail());
    }

    [Test]
    public async Task Logs_in_with_a_full_address_as_username()
    {
        var result = await this.tester.TestAsync(Request(MailProtocol.Imap, MailEncryption.SslTls, TestMailboxes.Support), CancellationToken.None);

        Assert.That(result.Success, Is.True, result.Message);
    }

    [TestCase(MailProtocol.Imap)]
    [TestCase(MailProtocol.Pop3)]
    public async Task A_wrong_password_fails_in_Dovecots_words(MailProtocol protocol)
    {
        var wrong = TestMailboxes.Alice with { Password = "not-the-password" };

        var result = await this.tester.TestAsync(Request(protocol, MailEncryption.StartTls, wrong), CancellationToken.None);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Message, Does.StartWith("Authentication failed: "));
        Assert.That(result.Message, Does.Contain("Authentication failed.")); // Dovecot's own reply text
    }

    [Test]
    public async Task A_closed_port_fails_with_connection_refused()
    {
        var port = FreePort.Pick();
        var request = Request(MailProtocol.Imap, MailEncryption.None, TestMailboxes.Alice) with { Port = port };

        var result = await this.tester.TestAsync(request, CancellationToken.None);

        Assert.That(result, Is.EqualTo(new MailLoginResult(false, $"Connection refused: 127.0.0.1:{port}")));
    }

    [TestCase(MailProtocol.Imap, MailEncryption.SslTls)]
    [TestCase(MailProtocol.Pop3, MailEncryption.StartTls)]
    public async Task An_unpinned_self_signed_certificate_fails(MailProtocol protocol, MailEncryption encryption)
    {
        var trustsNothing = new MailLoginTester([]);

        var result = await trustsNothing.TestAsync(Request(protocol, encryption, TestMailboxes.Alice), CancellationToken.None);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Message, Does.StartWith("TLS handshake failed: "));
        Assert.That(result.Message, Does.Contain(server.Certificate.Fingerprint).And.Contain("not pinned"));
    }

    [Test]
    public async Task A_fingerprint_with_colons_and_lower_case_is_pinned_too()
    {
        var hex = server.Certificate.Fingerprint.ToLowerInvariant();
        var withColons = string.Join(':', Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2)));
        var tester = new MailLoginTester([withColons]);

        var result = await tester.TestAsync(Request(MailProtocol.Imap, MailEncryption.SslTls, TestMailboxes.Alice), CancellationToken.None);

        Assert.That(result.Success, Is.True, result.Message);
    }

    [Test]
    public async Task A_server_that_never_answers_times_out()
    {
        // Plain IMAP against the IMAPS port: Dovecot waits for a TLS hello, the client for a greeting.
        var request = Request(MailProtocol.Imap, MailEncryption.None, TestMailboxes.Alice) with
        {
            Port = server.Endpoints.Imaps,
            TimeoutMs = 1500,
        };

        var result = await this.tester.TestAsync(request, CancellationToken.None);

        Assert.That(result, Is.EqualTo(new MailLoginResult(false, "Timed out after 1500 ms")));
    }

    [Test]
    public async Task New_mailboxes_and_passwords_apply_as_soon_as_they_are_set()
    {
        var before = new Mailbox("rotating@example.test", "first-password");
        var after = before with { Password = "second-password" };
        await server.SetMailboxesAsync([.. TestMailboxes.All, before]);
        var first = await this.tester.TestAsync(Request(MailProtocol.Imap, MailEncryption.None, before), CancellationToken.None);

        await server.SetMailboxesAsync([.. TestMailboxes.All, after]);
        var oldPassword = await this.tester.TestAsync(Request(MailProtocol.Imap, MailEncryption.None, before), CancellationToken.None);
        var newPassword = await this.tester.TestAsync(Request(MailProtocol.Imap, MailEncryption.None, after), CancellationToken.None);

        await server.SetMailboxesAsync(TestMailboxes.All);
        var removed = await this.tester.TestAsync(Request(MailProtocol.Imap, MailEncryption.None, after), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.Success, Is.True, first.Message);
            Assert.That(oldPassword.Message, Does.StartWith("Authentication failed"));
            Assert.That(newPassword.Success, Is.True, newPassword.Message);
            Assert.That(removed.Message, Does.StartWith("Authentication failed"));
        });
    }

    [Test]
    public async Task Passwords_appear_in_no_file_of_the_instance_and_in_no_ToString()
    {
        await this.tester.TestAsync(Request(MailProtocol.Imap, MailEncryption.None, TestMailboxes.Alice), CancellationToken.None);
        await this.tester.TestAsync(Request(MailProtocol.Pop3, MailEncryption.None, TestMailboxes.Alice with { Password = "typo-password" }), CancellationToken.None);

        var files = Directory.EnumerateFiles(server.WorkDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/run/", StringComparison.Ordinal)); // sockets and fifos
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.That(text, Does.Not.Contain(TestMailboxes.Alice.Password).And.Not.Contain("typo-password"), file);
        }

        Assert.That(TestMailboxes.Alice.ToString(), Does.Not.Contain(TestMailboxes.Alice.Password));
        Assert.That(Request(MailProtocol.Imap, MailEncryption.None, TestMailboxes.Alice).ToString(), Does.Not.Contain(TestMailboxes.Alice.Password));
    }

    private MailLoginRequest Request(MailProtocol protocol, MailEncryption encryption, Mailbox mailbox)
    {
        var endpoints = server.Endpoints;
        var port = (protocol, encryption) switch
        {
            (MailProtocol.Imap, MailEncryption.SslTls) => endpoints.Imaps,
            (MailProtocol.Imap, _) => endpoints.Imap,
            (MailProtocol.Pop3, MailEncryption.SslTls) => endpoints.Pop3s,
            _ => endpoints.Pop3,
        };
        return new MailLoginRequest(protocol, encryption, endpoints.Host, port, mailbox.Username, mailbox.Password, 10_000);
    }

}
