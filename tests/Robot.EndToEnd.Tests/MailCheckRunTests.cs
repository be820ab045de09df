using System.Text.Json;
using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.Adapters.Verification;
using Robot.Domain;
using Robot.Domain.Ports;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The mail checks end to end on the default seed (a few connections each, via --only): migrate --send-test-email
/// through the sandbox's SMTP entry point, a mailbox whose delivery is blocked, migrate --preflight with a wrong
/// password, and verify before and after a Cloud value is changed through the Cloud UI. One --send-test-email run
/// serves the delivered mailboxes and the blocked one: each test reads its own connections' rows.
/// </summary>
[Order(FixtureOrder.MailCheckRun)]
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class MailCheckRunTests : RobotFixture
{
    private static readonly string[] Delivered = ["Support IMAP", "Sales POP3 SSL", "HR IMAP STARTTLS"];
    private const string Blocked = "Legal IMAP SSL";
    private const string BlockedMailbox = "legal@example.test";
    private const string WrongPassword = "Wrong Password IMAP";

    [OneTimeSetUp]
    public void TrustTheSandboxMailServerAndItsRelay()
    {
        var mail = Sandbox.MailServer;
        Robot.WriteSettings($$"""
            "MailCheck": {
                "PinnedFingerprints": [ {{JsonSerializer.Serialize(mail.Certificate.Fingerprint)}} ],
                "WaitSeconds": 3,
                "TimeoutSeconds": 10,
                "Smtp": { "Host": {{JsonSerializer.Serialize(mail.Endpoints.Host)}}, "Port": {{mail.Endpoints.Smtp}}, "Encryption": "None" }
              }
            """);
    }

    private static string[] Only(params string[] names) => names.SelectMany(n => new[] { "--only", n }).ToArray();

    private Task<RobotRun>? sendTestEmail;

    /// <summary>migrate --send-test-email of the delivered mailboxes and the blocked one (its delivery blocked meanwhile), made once.</summary>
    private Task<RobotRun> SendTestEmailRunAsync() => sendTestEmail ??= RunSendTestEmailAsync();

    private async Task<RobotRun> RunSendTestEmailAsync()
    {
        Sandbox.MailServer.BlockDelivery(BlockedMailbox, true);
        try
        {
            return await Robot.RunAsync("migrate", [.. Only([.. Delivered, Blocked]), "--send-test-email"], Robot.NewOutputFolder("delivered"));
        }
        finally
        {
            Sandbox.MailServer.BlockDelivery(BlockedMailbox, false);
        }
    }

    [Test, Order(1)]
    public async Task Send_test_email_delivers_to_every_migrated_mailbox_then_verify_finds_nothing()
    {
        var run = await SendTestEmailRunAsync();
        var output = run.OutputFolder;
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
        foreach (var name in Delivered)
        {
            var row = run.Row(name);
            Assert.That((row.Status, row.MailCheck), Is.EqualTo(("migrated", "delivered")), run.Transcript);
            Assert.That(long.Parse(row.MailLatencyMs, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0).And.LessThan(20_000));
            Assert.That(row.Message, Does.Contain("test email delivered"));
            TestContext.Progress.WriteLine($"  {name}: delivered in {row.MailLatencyMs} ms");
        }

        var verify = await Robot.RunAsync("verify", Only(Delivered), output);
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Transcript);
        var lines = File.ReadAllLines(Path.Combine(output, VerifyCsvWriter.FileName));
        Assert.That(lines, Has.Length.EqualTo(1), verify.Transcript);
        Assert.That(lines[0].TrimStart('\uFEFF'), Is.EqualTo(string.Join(',', VerifyCsvWriter.Columns)));
        TestContext.Progress.WriteLine($"  verify of {Delivered.Length}: {verify.Elapsed.TotalSeconds:0.0} s");
        await AssertNoSecretsAsync(run, verify);
    }

    [Test, Order(2)]
    public async Task Verify_names_the_field_changed_through_the_Cloud_UI()
    {
        var output = Robot.NewOutputFolder("delivered");
        var name = Delivered[0];
        var state = await SandboxState.ReadAsync(Sandbox);
        if (state.CloudNamed(name) is null)
        {
            // Run alone, without the first test: migrate it here, so the test is self-contained rather than skipped.
            var migrate = await Robot.RunAsync("migrate", Only(name), output);
            Assert.That(migrate.ExitCode, Is.EqualTo(0), migrate.Transcript);
        }

        // An administrator edits the connection on Cloud: Edit panel, another Description, Save.
        var lease = await BrowserPool.RentAsync();
        var browser = lease.Browser;
        try
        {
            var options = Sandbox.Context.Options;
            var login = new SiteLogin(Sandbox.Urls.Cloud, options.CloudAdmin.User, global::Robot.Domain.Secret.Of(options.CloudAdmin.Password));
            await using var cloud = new PlaywrightCloudSite(browser, PlaywrightSettingsLoader.Load(RepoPaths.PlaywrightConfig),
                PlaywrightCloudSite.CheckSelectors(SelectorCatalog.LoadCloud(RepoPaths.Selectors)), login,
                new CloudSiteOptions { ReadBackExisting = true });
            var existing = (await cloud.ListConnectionsAsync(CancellationToken.None)).Single(c => c.Name == name).ReadBack!;
            var changed = existing with { Description = "Changed by hand on Cloud", Password = Secret.Of(state.ServerNamed(name).Password) };
            var written = await cloud.WriteAsync(changed, WriteMode.Update, saveOnTestFailure: true, CancellationToken.None);
            Assert.That(written.Saved, Is.True, written.Message);
        }
        finally
        {
            await BrowserPool.GiveBackAsync(lease);
        }
        Assert.That((await SandboxState.ReadAsync(Sandbox)).CloudNamed(name)!.Description, Is.EqualTo("Changed by hand on Cloud"));

        var verify = await Robot.RunAsync("verify", Only(Delivered), output);
        Assert.That(verify.ExitCode, Is.EqualTo(1), verify.Transcript);
        var lines = File.ReadAllLines(Path.Combine(output, VerifyCsvWriter.FileName)).Skip(1).ToList();
        Assert.That(lines, Has.Count.EqualTo(1), verify.Transcript);
        Assert.That(lines[0], Does.StartWith($"{name},Description,").And.EndWith(",Changed by hand on Cloud"));
        await AssertNoSecretsAsync(verify);
    }

    [Test]
    public async Task A_mailbox_whose_delivery_is_blocked_is_not_delivered_and_the_run_completes()
    {
        var run = await SendTestEmailRunAsync();
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
        var row = run.Row(Blocked);
        Assert.That((row.Status, row.MailCheck, row.MailLatencyMs), Is.EqualTo(("migrated", "not-delivered", "")), run.Transcript);
        Assert.That(row.Message, Does.Contain("within 3 s"));
        await AssertNoSecretsAsync(run);
    }

    [Test]
    public async Task Preflight_refuses_to_create_a_wrong_password_connection_and_says_authentication()
    {
        var run = await Robot.RunAsync("migrate", [.. Only(WrongPassword), "--preflight"]);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Transcript);
        var row = run.Row(WrongPassword);
        Assert.That((row.Status, row.TestConnection, row.Attempts), Is.EqualTo(("test-failed", "preflight-failed", 0)), run.Transcript);
        Assert.That(row.Message, Does.Contain("preflight authentication"));
        Assert.That((await SandboxState.ReadAsync(Sandbox)).CloudNamed(WrongPassword), Is.Null, "not created");
        await AssertNoSecretsAsync(run);
    }
}
