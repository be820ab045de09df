using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Robot.Adapters.Configuration;
using Robot.Sandbox.Mail;

namespace Robot.MailCheck.Tests;

/// <summary>Preflight logins against one real private Dovecot.</summary>
[TestFixture]
[NonParallelizable]
public sealed class PreflightTests
{
    private DovecotServer server = null!;
    private MailPreflight pinned = null!;
    private MailPreflight trustsNothing = null!;
    private readonly List<PreflightResult> seen = [];

    [OneTimeSetUp]
    public async Task StartDovecot()
    {
        server = await DovecotServer.StartAsync(SandboxMail.All, CancellationToken.None);
        pinned = new MailPreflight(new MailCheckSettings(), new CertificateTrust([server.Certificate.Fingerprint], []));
        trustsNothing = new MailPreflight(new MailCheckSettings(), CertificateTrust.SystemOnly);
    }

    [OneTimeTearDown]
    public async Task StopDovecot()
    {
        await server.DisposeAsync();
        // Every message any test saw, once more: no password of any mailbox in any of them.
        foreach (var result in seen)
            foreach (var password in SandboxMail.Passwords)
                Assert.That(result.ToString() + result.Message, Does.Not.Contain(password));
    }

    private async Task<PreflightResult> Check(MailPreflight preflight, ServerConnection connection)
    {
        var result = await preflight.CheckAsync(connection, CancellationToken.None);
        seen.Add(result);
        TestContext.Out.WriteLine(result);
        return result;
    }

    [TestCase("IMAP", "No Encryption")]
    [TestCase("IMAP", "SSL/TLS")]
    [TestCase("IMAP", "STARTTLS")]
    [TestCase("POP3", "No Encryption")]
    [TestCase("POP3", "SSL/TLS")]
    [TestCase("POP3", "STARTTLS")]
    public async Task Logs_in_with_every_protocol_and_encryption_when_the_certificate_is_pinned(string protocol, string encryption)
    {
        var connection = SandboxMail.Connection(server, protocol, encryption, SandboxMail.Alice);

        var result = await Check(pinned, connection);

        Assert.That(result.Kind, Is.EqualTo(PreflightKind.Ok), result.Message + "\n" + server.LogTail());
        Assert.That(result.Message, Does.StartWith($"logged in to {protocol} 127.0.0.1:{connection.Port}").And.EndWith("as alice"));
    }

    [Test]
    public async Task Logs_in_with_a_full_address_as_username()
    {
        var result = await Check(pinned, SandboxMail.Connection(server, "IMAP", "SSL/TLS", SandboxMail.Support));
        Assert.That(result.IsOk, Is.True, result.Message);
    }

    [TestCase("IMAP")]
    [TestCase("POP3")]
    public async Task A_wrong_password_is_an_authentication_failure_in_Dovecots_words(string protocol)
    {
        const string wrong = "not-the-Password-7";
        var connection = SandboxMail.Connection(server, protocol, "STARTTLS", SandboxMail.Alice, password: wrong);

        var result = await Check(pinned, connection);

        Assert.That(result.Kind, Is.EqualTo(PreflightKind.Authentication), result.Message);
        Assert.That(result.Message, Does.Contain($"127.0.0.1:{connection.Port} refused the login: "));
        Assert.That(result.Message, Does.Contain("Authentication failed.")); // Dovecot's own reply
        Assert.That(result.Describe(), Does.StartWith("preflight authentication: ").And.Not.Contain(wrong));
        Assert.That(result.Failed, Is.True);
    }

    [Test]
    public async Task A_closed_port_is_a_network_failure()
    {
        var port = SandboxMail.ClosedPort();
        var connection = SandboxMail.Connection(server, "IMAP", "No Encryption", SandboxMail.Alice) with { Port = port.ToString() };

        var result = await Check(pinned, connection);

        Assert.That(result, Is.EqualTo(new PreflightResult(PreflightKind.Network, $"connection refused by 127.0.0.1:{port}")));
    }

    [Test]
    public async Task A_server_that_never_answers_is_a_network_failure_within_the_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0); // accepts the connection in the kernel, never greets
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var preflight = new MailPreflight(new MailCheckSettings { TimeoutSeconds = 1 }, CertificateTrust.SystemOnly);
        var connection = SandboxMail.Connection(server, "POP3", "No Encryption", SandboxMail.Alice) with { Port = port.ToString() };

        var clock = Stopwatch.StartNew();
        var result = await Check(preflight, connection);

        Assert.That(result, Is.EqualTo(new PreflightResult(PreflightKind.Network, $"no answer from 127.0.0.1:{port} within 1 s")));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public async Task An_unknown_host_is_a_network_failure()
    {
        var preflight = new MailPreflight(new MailCheckSettings { TimeoutSeconds = 5 }, CertificateTrust.SystemOnly);
        var connection = SandboxMail.Connection(server, "IMAP", "No Encryption", SandboxMail.Alice) with { Host = "no-such-host.invalid" };

        var result = await Check(preflight, connection);

        Assert.That(result.Kind, Is.EqualTo(PreflightKind.Network), result.Message);
        Assert.That(result.Message, Does.Contain("no-such-host.invalid"));
    }

    [TestCase("IMAP", "SSL/TLS")]
    [TestCase("POP3", "STARTTLS")]
    public async Task An_untrusted_self_signed_certificate_is_a_TLS_failure_when_nothing_is_pinned(string protocol, string encryption)
    {
        var result = await Check(trustsNothing, SandboxMail.Connection(server, protocol, encryption, SandboxMail.Alice));

        Assert.That(result.Kind, Is.EqualTo(PreflightKind.Tls), result.Message);
        Assert.That(result.Message, Does.StartWith("TLS handshake with 127.0.0.1:"));
        Assert.That(result.Message, Does.Contain(server.Certificate.Fingerprint).And.Contain("is not pinned"));
    }

    [Test]
    public async Task Another_pinned_fingerprint_does_not_make_the_certificate_trusted()
    {
        var other = new string('A', 64);
        var preflight = new MailPreflight(new MailCheckSettings(), new CertificateTrust([other], []));

        var result = await Check(preflight, SandboxMail.Connection(server, "IMAP", "SSL/TLS", SandboxMail.Alice));

        Assert.That(result.Kind, Is.EqualTo(PreflightKind.Tls), result.Message);
    }

    [Test]
    public async Task A_pin_written_with_colons_and_lower_case_is_the_same_pin()
    {
        var fingerprint = server.Certificate.Fingerprint.ToLowerInvariant();
        var colons = string.Join(':', Enumerable.Range(0, fingerprint.Length / 2).Select(i => fingerprint.Substring(i * 2, 2)));
        var preflight = new MailPreflight(new MailCheckSettings(), new CertificateTrust([colons], []));

        var result = await Check(preflight, SandboxMail.Connection(server, "POP3", "SSL/TLS", SandboxMail.Alice));

        Assert.That(result.IsOk, Is.True, result.Message);
    }

    [Test]
    public async Task The_certificate_is_trusted_through_the_trusted_certificate_file()
    {
        var settings = new MailCheckSettings { TrustedCertificateFile = server.Certificate.CertificatePath };
        var preflight = new MailPreflight(settings, CertificateTrust.From(settings, ""));

        var result = await Check(preflight, SandboxMail.Connection(server, "IMAP", "STARTTLS", SandboxMail.Alice));

        Assert.That(result.IsOk, Is.True, result.Message);
    }

    [Test]
    public async Task No_encryption_needs_no_trust()
    {
        var result = await Check(trustsNothing, SandboxMail.Connection(server, "IMAP", "No Encryption", SandboxMail.Alice));
        Assert.That(result.IsOk, Is.True, result.Message);
    }

    [Test]
    public async Task OAuth_and_password_less_connections_are_skipped_without_a_login()
    {
        var oauth = await Check(pinned, SandboxMail.OAuth());
        var withheld = await Check(pinned, SandboxMail.Connection(server, "IMAP", "SSL/TLS", SandboxMail.Alice) with { Password = null });

        Assert.That((oauth.Kind, withheld.Kind), Is.EqualTo((PreflightKind.Skipped, PreflightKind.Skipped)));
        Assert.That(oauth.Message, Does.StartWith("OAuth connection"));
        Assert.That(withheld.Message, Does.StartWith("no password"));
        Assert.That(withheld.Failed, Is.False);
    }

    [Test]
    public async Task A_planned_connection_uses_the_password_the_plan_found()
    {
        var onServer = SandboxMail.Connection(server, "IMAP", "SSL/TLS", SandboxMail.Alice, name: "Alice withheld") with { Password = null };
        var planner = new Planner(new ConnectionMapper(MappingRules.Default),
            new PlannerOptions { PasswordFor = name => name == "Alice withheld" ? Secret.Of(SandboxMail.Alice.Password) : null });
        var planned = planner.Plan([onServer], CloudInventory.Empty).Single();

        var result = await pinned.CheckAsync(planned, CancellationToken.None);
        seen.Add(result);

        Assert.That(result.IsOk, Is.True, result.Message);
    }

    [Test]
    public async Task CheckAll_answers_for_every_planned_connection_by_name()
    {
        ServerConnection[] connections =
        [
            SandboxMail.Connection(server, "IMAP", "SSL/TLS", SandboxMail.Alice, name: "Good"),
            SandboxMail.Connection(server, "POP3", "No Encryption", SandboxMail.Support, name: "Wrong", password: "nope"),
            SandboxMail.OAuth("Gmail"),
        ];
        var plan = new Planner(new ConnectionMapper(MappingRules.Default), new PlannerOptions()).Plan(connections, CloudInventory.Empty);

        var results = await pinned.CheckAllAsync(plan, parallelism: 2, CancellationToken.None);
        seen.AddRange(results.Values);

        Assert.That(results.ToDictionary(pair => pair.Key, pair => pair.Value.Kind), Is.EquivalentTo(new Dictionary<string, PreflightKind>
        {
            ["Good"] = PreflightKind.Ok, ["Wrong"] = PreflightKind.Authentication, ["Gmail"] = PreflightKind.Skipped,
        }));
        Assert.That(results["good"].IsOk, Is.True);
    }
}
