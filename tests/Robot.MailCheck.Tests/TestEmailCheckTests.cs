using System.Diagnostics;
using Robot.Adapters.Configuration;
using Robot.Sandbox.Mail;

namespace Robot.MailCheck.Tests;

/// <summary>The final test email through the sandbox's SMTP entry point into one real private Dovecot.</summary>
[TestFixture]
[NonParallelizable]
public sealed class TestEmailCheckTests
{
    private const string RelayPassword = "Relay-Secret-9";
    private DovecotServer server = null!;
    private CertificateTrust trust = null!;

    [OneTimeSetUp]
    public async Task StartDovecot()
    {
        server = await DovecotServer.StartAsync(SandboxMail.All, CancellationToken.None);
        trust = new CertificateTrust([server.Certificate.Fingerprint], []);
    }

    [OneTimeTearDown]
    public async Task StopDovecot() => await server.DisposeAsync();

    private MailCheckSettings Settings(int waitSeconds = 20) => new()
    {
        WaitSeconds = waitSeconds,
        Smtp = new MailCheckSmtpSettings { Host = server.Endpoints.Host, Port = server.Endpoints.Smtp, Encryption = "None" },
        Addresses = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Alice POP3"] = "alice@example.test" },
    };

    private TestEmailCheck Check(MailCheckSettings? settings = null, string? relayPassword = null) =>
        new(settings ?? Settings(), trust, relayPassword);

    private static void AssertNoSecret(MailCheckResult result)
    {
        TestContext.Out.WriteLine(result);
        foreach (var secret in SandboxMail.Passwords.Append(RelayPassword))
            Assert.That(result.ToString() + "\n" + result.Message, Does.Not.Contain(secret));
    }

    [Test]
    public async Task Is_delivered_to_an_IMAP_mailbox_whose_username_is_its_address_and_reports_the_latency()
    {
        var connection = SandboxMail.Connection(server, "IMAP", "SSL/TLS", SandboxMail.Support, name: "Support IMAP");

        var result = await Check().RunAsync(connection, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(MailCheckStatus.Delivered), result.Message + "\n" + server.LogTail());
        Assert.That(result.LatencyMs, Is.Not.Null.And.GreaterThanOrEqualTo(0).And.LessThan(20_000));
        Assert.That(result.Message, Does.Contain("sent to support@example.test").And.Contain("found in IMAP 127.0.0.1:"));
        Assert.That(result.Describe(), Does.StartWith($"test email delivered in {result.LatencyMs} ms: "));
        AssertNoSecret(result);
    }

    [Test]
    public async Task Is_delivered_to_a_POP3_mailbox_through_the_address_mapping()
    {
        var connection = SandboxMail.Connection(server, "POP3", "STARTTLS", SandboxMail.Alice, name: "Alice POP3");

        var result = await Check().RunAsync(connection, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(MailCheckStatus.Delivered), result.Message + "\n" + server.LogTail());
        Assert.That(result.LatencyMs, Is.Not.Null);
        Assert.That(result.Message, Does.Contain("sent to alice@example.test").And.Contain("found in POP3 127.0.0.1:"));
        AssertNoSecret(result);
    }

    [Test]
    public async Task A_blocked_mailbox_is_not_delivered_after_the_wait_and_the_check_returns()
    {
        var connection = SandboxMail.Connection(server, "POP3", "No Encryption", SandboxMail.Alice, name: "Alice POP3");
        server.BlockDelivery("alice", blocked: true);
        MailCheckResult result;
        var clock = Stopwatch.StartNew();
        try
        {
            result = await Check(Settings(waitSeconds: 3)).RunAsync(connection, CancellationToken.None);
        }
        finally
        {
            server.BlockDelivery("alice", blocked: false);
        }

        Assert.That(result.Status, Is.EqualTo(MailCheckStatus.NotDelivered), result.Message);
        Assert.That(result.LatencyMs, Is.Null);
        Assert.That(result.Message, Does.Contain("sent to alice@example.test").And.Contain("arrived in POP3 127.0.0.1:").And.Contain("within 3 s"));
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(3)).And.LessThan(TimeSpan.FromSeconds(20)));
        AssertNoSecret(result);
    }

    [Test]
    public async Task A_recipient_the_relay_refuses_is_not_delivered_in_the_relays_words()
    {
        var settings = Settings();
        settings.Addresses["Nobody"] = "nobody@example.test";
        var connection = SandboxMail.Connection(server, "IMAP", "No Encryption", SandboxMail.Alice, name: "Nobody");

        var result = await Check(settings).RunAsync(connection, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(MailCheckStatus.NotDelivered), result.Message);
        Assert.That(result.Message, Does.StartWith($"not sent: the SMTP relay 127.0.0.1:{server.Endpoints.Smtp} did not take the message: 5"));
    }

    [Test]
    public async Task A_mailbox_that_refuses_the_login_is_not_delivered_without_waiting_out_the_wait()
    {
        var connection = SandboxMail.Connection(server, "IMAP", "No Encryption", SandboxMail.Support, password: "wrong-Password-3");
        var clock = Stopwatch.StartNew();

        var result = await Check(Settings(waitSeconds: 60)).RunAsync(connection, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(MailCheckStatus.NotDelivered), result.Message);
        Assert.That(result.Message, Does.Contain("cannot be read to confirm").And.Contain("Authentication failed."));
        Assert.That(result.Message, Does.Not.Contain("wrong-Password-3"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public async Task The_relay_password_never_appears_when_the_relay_login_fails()
    {
        var settings = Settings();
        settings.Smtp.Username = "robot";
        var connection = SandboxMail.Connection(server, "IMAP", "No Encryption", SandboxMail.Support);

        var result = await Check(settings, RelayPassword).RunAsync(connection, CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(MailCheckStatus.NotDelivered), result.Message);
        Assert.That(result.Message, Does.StartWith("not sent: "));
        AssertNoSecret(result);
    }

    [Test]
    public async Task OAuth_connections_and_mailboxes_without_a_known_address_are_skipped()
    {
        var oauth = await Check().RunAsync(SandboxMail.OAuth(), CancellationToken.None);
        var noAddress = await Check().RunAsync(
            SandboxMail.Connection(server, "IMAP", "No Encryption", SandboxMail.Alice, name: "Alice unmapped"), CancellationToken.None);

        Assert.That((oauth.Status, noAddress.Status), Is.EqualTo((MailCheckStatus.Skipped, MailCheckStatus.Skipped)));
        Assert.That(oauth.Message, Does.StartWith("OAuth connection"));
        Assert.That(noAddress.Message, Does.Contain("MailCheck:Addresses:Alice unmapped"));
        Assert.That(noAddress.Describe(), Is.EqualTo("test email skipped: " + noAddress.Message));
        AssertNoSecret(noAddress);
    }

    [Test]
    public void A_relay_username_without_the_password_in_the_environment_is_refused_at_set_up()
    {
        var settings = Settings();
        settings.Smtp.Username = "robot";

        var error = Assert.Throws<ConfigurationException>(() => Check(settings, relayPassword: null));

        Assert.That(error!.Key, Is.EqualTo("MailCheck:Smtp:Username"));
        Assert.That(error.Message, Does.Contain("ROBOT_MailCheck__Smtp__Password"));
    }

    [Test]
    public void No_relay_host_is_refused_at_set_up()
    {
        var settings = Settings();
        settings.Smtp.Host = "";

        var error = Assert.Throws<ConfigurationException>(() => Check(settings));

        Assert.That(error!.Key, Is.EqualTo("MailCheck:Smtp:Host"));
    }
}
