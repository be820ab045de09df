using Robot.Domain;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The default seed (24 connections over two Server list pages) end to end: plan changes nothing; migrate gives
/// every connection its expected status; the Cloud then equals the Server field by field; no file or line the runs
/// wrote holds a password; once the missing OAuth2 client is added, a rerun migrates the blocked connection and
/// creates nothing twice. Subclasses run the same cases against another skin of the sandbox (AltSkinMigrationTests).
/// </summary>
[Order(FixtureOrder.DefaultSeedMigration)]
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public class DefaultSeedMigrationTests : RobotFixture
{
    private const string Legacy = "Legacy Gmail (OAuth)";
    private const string WrongPassword = "Wrong Password IMAP";
    private const string AlreadyOnCloud = "Already On Cloud IMAP";
    private const string NotCarriedReason = "not carried: the Cloud has no such field";
    private const string OnlyOnServerCredential = "Google Sales Project";
    private const string WithheldCredential = "Legacy Google Project";

    private static readonly string[] ExpectedMigrated =
    [
        "Support IMAP", "Support IMAP SSL", "Support IMAP STARTTLS", "Sales POP3", "Sales POP3 SSL", "Sales POP3 STARTTLS",
        "Helpdesk IMAP", "Billing IMAP SSL", "Billing POP3 SSL", "HR IMAP STARTTLS", "Ops POP3", "Legal IMAP SSL",
        "Ünïcödé サポート 支持", "Long Description IMAP", "Quotes, \"Commas\" & <b>Tags</b>", "Archive POP3 SSL", "Marketing IMAP STARTTLS",
        "Gmail Support (OAuth)", "Gmail Sales (OAuth)", "Microsoft 365 Helpdesk (OAuth)", "Microsoft 365 Billing POP (OAuth)",
    ];

    /// <summary>The user's path (no --trace: a trace of each connection, kept on failure) on the whole default seed.</summary>
    protected override bool RecordsFailureTraces => true;

    private RobotRun? plan;
    private RobotRun? migrate;

    /// <summary>
    /// The names of the Server connections the fixture's seed holds, in the seed's order; null: the whole default seed.
    /// A subset must keep the blocked, failing and already-present connections the cases are about.
    /// </summary>
    protected virtual IReadOnlyList<string>? ServerSubset => null;

    private int ServerCount => ServerSubset?.Count ?? 24;

    private List<string> Migrated => ExpectedMigrated.Where(name => ServerSubset?.Contains(name) ?? true).ToList();

    /// <summary>
    /// Whether the selectors name the OAuth2 Credentials pages (the alt skins have none): then the Server-only credential
    /// is migrated first and Legacy Gmail, whose credential's secret the Server withholds, is needs-secret; without them
    /// the robot cannot see the credentials and Legacy Gmail is blocked-oauth.
    /// </summary>
    protected virtual bool MigratesCredentials => true;

    private string LegacyStatus => MigratesCredentials ? "needs-secret" : "blocked-oauth";

    private string LegacyMessage => MigratesCredentials ? $"its OAuth2 credential '{WithheldCredential}' needs its client secret" : "must be migrated first";

    /// <summary>Connections that are written (created on Cloud) by a first run: all but the one already there and Legacy Gmail.</summary>
    private int Creates => ServerCount - 2;

    /// <summary>The selectors folder the runs use; null: the repository's selectors/.</summary>
    protected virtual string? SelectorsFolder => null;

    /// <summary>
    /// The default skin's Server shows Interval, Folder, After download and the shared-mailbox alias, its Cloud a
    /// Folder field and each row's state with an Enable action; the alt skins show none of these (nor do their selectors name them).
    /// </summary>
    protected virtual bool ShowsOtherFieldsAndStates => true;

    /// <summary>Asserts that the Cloud connection is the Server one, field by field, in the Cloud's words.</summary>
    protected virtual void AssertSameOnCloud(ServerRecord server, CloudRecord? cloud, IReadOnlyList<OAuthClient> serverCredentials)
    {
        Expect.SameOnCloud(server, cloud, serverCredentials);
        // The default skin's Cloud has a Folder field, so the Server's Folder is carried there (the alt skins have none).
        Assert.That(cloud!.Folder, Is.EqualTo(server.Folder), $"Folder of '{server.Name}'");
    }

    [Test, Order(1)]
    public async Task Plan_reads_both_sites_and_changes_nothing()
    {
        var before = await SandboxState.ReadAsync(Sandbox);
        plan = await PlanAsync();
        var after = await SandboxState.ReadAsync(Sandbox);

        Assert.That(plan.ExitCode, Is.EqualTo(0), plan.Transcript);
        Assert.That(after.CloudFingerprint(), Is.EqualTo(before.CloudFingerprint()), "plan must not change the Cloud");
        Assert.That(File.Exists(plan.ResultsPath), Is.False, "plan writes no results.csv");
        var decisions = File.ReadAllLines(plan.PlanPath).Skip(1).ToList();
        Assert.That(decisions, Has.Count.EqualTo(ServerCount), "one plan row per Server connection, both list pages");
        Assert.That(decisions.Count(l => l.Contains(",create,", StringComparison.Ordinal)), Is.EqualTo(Creates));
        Assert.That(decisions.Single(l => l.StartsWith(AlreadyOnCloud, StringComparison.Ordinal)), Does.Contain(",already-exists,"));
        Assert.That(decisions.Single(l => l.StartsWith(Legacy, StringComparison.Ordinal)), Does.Contain($",{LegacyStatus},").And.Contain(LegacyMessage));
        if (MigratesCredentials)
            Assert.That(CredentialColumn(plan, "oauth2-credentials-plan.csv", "decision"), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["Google Workspace"] = "already-exists", ["Microsoft 365 Tenant"] = "already-exists",
                [OnlyOnServerCredential] = "create", [WithheldCredential] = "needs-secret",
            }), plan.Transcript);
    }

    [Test, Order(2)]
    public async Task Migrate_gives_every_connection_its_expected_status()
    {
        migrate = await MigrateAsync();
        Assert.That(migrate.ExitCode, Is.EqualTo(1), "some connections need attention: " + migrate.Transcript);

        var status = migrate.StatusByName();
        Assert.That(status.Keys.ToList(), Has.Count.EqualTo(ServerCount), migrate.Transcript);
        Assert.Multiple(() =>
        {
            foreach (var name in Migrated) Assert.That(status[name], Is.EqualTo("migrated"), name);
            Assert.That(status[Legacy], Is.EqualTo(LegacyStatus));
            if (MigratesCredentials) Assert.That(status.Values, Has.None.EqualTo("blocked-oauth"), "every credential its connections use is on the Server");
            Assert.That(status[WrongPassword], Is.EqualTo("test-failed"));
            Assert.That(status[AlreadyOnCloud], Is.EqualTo("already-exists"));
        });
        Assert.That(migrate.Row(WrongPassword).TestConnection, Is.EqualTo("failed"));
        Assert.That(migrate.Row(Legacy).Message, Does.Contain(LegacyMessage));
        if (MigratesCredentials)
            Assert.That(CredentialColumn(migrate, "oauth2-credentials.csv", "status"), Is.EquivalentTo(new Dictionary<string, string>
            {
                ["Google Workspace"] = "already-exists", ["Microsoft 365 Tenant"] = "already-exists",
                [OnlyOnServerCredential] = "migrated", [WithheldCredential] = "needs-secret",
            }), migrate.Transcript);
        Assert.That(migrate.Out, Does.Contain("results: " + migrate.ResultsPath));
        TestContext.Progress.WriteLine($"  per connection written: {migrate.Rows().Where(r => r.Attempts > 0).Average(r => r.DurationMs) / 1000.0:0.00} s");
    }

    [Test, Order(3)]
    public async Task Cloud_equals_Server_field_by_field_for_every_migrated_connection()
    {
        await RequireMigrateAsync();
        var state = await SandboxState.ReadAsync(Sandbox);
        foreach (var name in Migrated)
            AssertSameOnCloud(state.ServerNamed(name), state.CloudNamed(name), state.ServerOAuthCredentials);
        if (MigratesCredentials)
        {
            var server = state.ServerOAuthCredentials.Single(c => c.Name == OnlyOnServerCredential);
            var cloud = state.CloudOAuthClients.Single(c => c.Name == OnlyOnServerCredential);
            Assert.That(cloud with { Provider = server.Provider }, Is.EqualTo(server), "the credential: Cloud equals Server field by field, the secret included");
            Assert.That(state.CloudOAuthClients.Any(c => c.Name == WithheldCredential), Is.False, "never saved with a blank secret");
        }

        Assert.Multiple(() =>
        {
            Assert.That(state.CloudNamed(WrongPassword), Is.Null, "a failed test is not saved");
            Assert.That(state.CloudNamed(Legacy), Is.Null, "an OAuth connection without its credential on Cloud is not saved");
            Assert.That(state.Cloud, Has.Count.EqualTo(Migrated.Count + 1), "the new ones and the one that was there");
            // Every protocol and encryption, and both OAuth providers, went through the Cloud's panel.
            var kinds = state.Cloud.Select(c => (c.ServiceProvider, c.Encryption)).ToHashSet();
            foreach (var provider in new[] { Expect.Imap, Expect.Pop3 })
                foreach (var encryption in new[] { "None", "SSL/TLS", "STARTTLS" })
                    Assert.That(kinds, Does.Contain((provider, encryption)), $"{provider} with {encryption}");
            foreach (var provider in new[] { Expect.Gmail, Expect.Microsoft365 })
            {
                var expected = Migrated.Count(name => Expect.ServiceProviderOf(state.ServerNamed(name), state.ServerOAuthCredentials) == provider);
                Assert.That(expected, Is.GreaterThan(0), $"the seed has a {provider} connection to migrate");
                Assert.That(state.Cloud.Count(c => c.ServiceProvider == provider), Is.EqualTo(expected), provider);
            }
        });
    }

    [Test, Order(3)]
    public async Task Folder_arrives_on_Cloud_and_not_carried_names_the_fields_the_Cloud_lacks()
    {
        await RequireMigrateAsync();
        var state = await SandboxState.ReadAsync(Sandbox);
        var notCarried = migrate!.Rows().Where(r => r.NotCarried.Length > 0).ToDictionary(r => r.Name, r => r.NotCarried);
        if (!ShowsOtherFieldsAndStates)
        {
            Assert.That(notCarried, Is.Empty, "a Server panel that shows none of these fields has nothing to carry");
            return;
        }
        Assert.Multiple(() =>
        {
            Assert.That(state.CloudNamed("Helpdesk IMAP")?.Folder, Is.EqualTo("Helpdesk/Incoming"), "the Cloud has a Folder field: carried");
            Assert.That(notCarried, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["Helpdesk IMAP"] = $"Interval 5 min {NotCarriedReason}; After download Delete {NotCarriedReason}",
                ["Billing IMAP SSL"] = $"Shared mailbox alias accounts@example.test {NotCarriedReason}",
            }), "values at their defaults need no mention");
        });
    }

    [Test, Order(3)]
    public async Task Enable_leaves_exactly_the_tested_connections_enabled_and_the_others_reported_disabled()
    {
        await RequireMigrateAsync();
        var state = await SandboxState.ReadAsync(Sandbox);
        var rows = migrate!.Rows();
        var tested = rows.Where(r => r.Status == "migrated" && r.TestConnection == "passed").Select(r => r.Name).ToList();
        Assert.That(tested, Has.Count.EqualTo(Migrated.Count), migrate.Transcript);
        Assert.That(migrate.Error, Does.Contain("the first poll of an enabled connection downloads every message in its folder"));
        if (!ShowsOtherFieldsAndStates)
        {
            Assert.That(state.Cloud.Where(c => c.Enabled), Is.Empty, "selectors that name no Enable action enable nothing");
            Assert.That(rows.Where(r => r.CloudState.Length > 0), Is.Empty, "selectors that name no state report none");
            return;
        }
        Assert.Multiple(() =>
        {
            Assert.That(state.Cloud.Where(c => c.Enabled).Select(c => c.Name), Is.EquivalentTo(tested));
            foreach (var name in tested) Assert.That(migrate.Row(name).CloudState, Is.EqualTo("enabled"), name);
            Assert.That(migrate.Row(AlreadyOnCloud).CloudState, Is.EqualTo("disabled"), "untouched, as the list showed it");
            Assert.That(migrate.Row(WrongPassword).CloudState, Is.Empty, "not on Cloud");
            Assert.That(migrate.Out, Does.Contain("1 connection(s) left disabled on Cloud"));
        });
    }

    [Test, Order(4)]
    public async Task No_file_or_line_of_the_runs_holds_a_password()
    {
        await RequireMigrateAsync();
        await AssertNoSecretsAsync(plan!, migrate!);
        var csv = File.ReadAllText(migrate!.ResultsPath);
        foreach (var column in new[] { "run_id", "finished_utc", "name", "server_protocol", "service_provider", "encryption", "host", "port",
                     "username", "status", "test_connection", "message", "attempts", "duration_ms", "evidence" })
            Assert.That(csv.Split('\n')[0], Does.Contain(column));
    }

    [Test, Order(5)]
    public async Task Once_the_OAuth2_secret_is_given_a_rerun_migrates_it_and_creates_nothing_twice()
    {
        await RequireMigrateAsync();
        var environment = Robot.EnvironmentVariable;
        if (MigratesCredentials)
        {
            // What the needs-secret message asks of the person: the secret in the secrets source, then --resume.
            var secret = (await SandboxState.ReadAsync(Sandbox)).ServerOAuthCredentials.Single(c => c.Name == WithheldCredential).ClientSecret;
            environment = Robot.EnvironmentWith(new Dictionary<string, string?> { ["ROBOT_SECRET_OAUTH2_CREDENTIALS_LEGACY_GOOGLE_PROJECT"] = secret });
        }
        else
        {
            await SandboxState.AddCloudOAuthClientAsync(Sandbox, WithheldCredential, "gmail");
        }
        // --resume in the same output folder: what the first run finished is skipped, the rest is tried again.
        var rerun = await Robot.RunAsync("migrate", ["--resume", "--workers", "2"], outputFolder: migrate!.OutputFolder, selectorsFolder: SelectorsFolder,
            environment: environment);

        var status = rerun.StatusByName();
        Assert.That(status.Keys, Is.EquivalentTo(new[] { Legacy, WrongPassword }), rerun.Transcript);
        Assert.That(status[Legacy], Is.EqualTo("migrated"));
        Assert.That(status[WrongPassword], Is.EqualTo("test-failed"));
        Assert.That(rerun.Out, Does.Contain($"{Creates} done by an earlier run are skipped"));
        Assert.That(rerun.Rows(thisRunOnly: false), Has.Count.EqualTo(ServerCount + 2), "the ledger keeps both runs");

        var state = await SandboxState.ReadAsync(Sandbox);
        Assert.That(state.Cloud.Select(c => c.Name), Is.Unique);
        Assert.That(state.CloudOAuthClients.Select(c => c.Name), Is.Unique, "no credential created twice");
        if (MigratesCredentials)
            Assert.That(CredentialColumn(rerun, "oauth2-credentials.csv", "status")[WithheldCredential], Is.EqualTo("migrated"), rerun.Transcript);
        Assert.That(state.Cloud, Has.Count.EqualTo(Migrated.Count + 2));
        AssertSameOnCloud(state.ServerNamed(Legacy), state.CloudNamed(Legacy), state.ServerOAuthCredentials);
        if (ShowsOtherFieldsAndStates)
        {
            // Without --enable the new one stays disabled; what the first run enabled is left as it was.
            Assert.That(rerun.Row(Legacy).CloudState, Is.EqualTo("disabled"));
            Assert.That(state.Cloud.Where(c => c.Enabled).Select(c => c.Name), Is.EquivalentTo(Migrated));
            Assert.That(rerun.Out, Does.Contain("1 connection(s) left disabled on Cloud"));
        }
        await AssertNoSecretsAsync(rerun);
    }

    /// <summary>One column of a credentials CSV the run wrote, by credential name.</summary>
    private static Dictionary<string, string> CredentialColumn(RobotRun run, string file, string column)
    {
        var rows = Rfc4180.ReadFile(Path.Combine(run.OutputFolder, file));
        var index = Array.IndexOf(rows[0], column);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"{file} has a {column} column");
        return rows.Skip(1).ToDictionary(row => row[1], row => row[index]);
    }

    private Task<RobotRun>? planRun;
    private Task<RobotRun>? migrateRun;

    private Task<RobotRun> PlanAsync() => planRun ??= Robot.RunAsync("plan", selectorsFolder: SelectorsFolder);

    private Task<RobotRun> MigrateAsync() => migrateRun ??= Robot.RunAsync("migrate", ["--workers", "2", "--enable"], selectorsFolder: SelectorsFolder);

    /// <summary>The plan and migrate runs of the first tests, made here when a test runs alone, so no test is skipped.</summary>
    private async Task RequireMigrateAsync()
    {
        plan ??= await PlanAsync();
        migrate ??= await MigrateAsync();
    }
}
