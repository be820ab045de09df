using System.Text.Json.Nodes;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// OAuth2 Credentials migrated first, in the same migrate, on a small seed of three OAuth connections: one credential
/// only on the Server (created, Cloud equal to Server field by field, its connection migrated instead of blocked), one
/// already on Cloud (compared, never created again), one whose secret the Server withholds (needs-secret, and so is
/// its connection, naming it: not blocked-oauth, since the Server has the credential). No client secret in any artifact; a rerun creates nothing.
/// </summary>
[Order(FixtureOrder.OAuthCredentialsMigration)]
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class OAuthCredentialsMigrationTests : RobotFixture
{
    private const string OnlyOnServer = "Legacy Google Project";
    private const string AlreadyOnCloud = "Google Workspace";
    private const string Withheld = "Archive Tenant";

    private static string? seedPath;
    private RobotRun? first;

    protected override SandboxOptions Options => new() { SeedPath = seedPath ??= Seeds.Write(Seed(), "oauth2-credentials") };

    [OneTimeTearDown]
    public void DeleteSeed()
    {
        if (seedPath is not null) File.Delete(seedPath);
    }

    /// <summary>The Cloud's copy of the credential already there differs in this field, so verify has one to find.</summary>
    private const string CloudTokenEndpoint = "https://login.example.test/gmail/token-v2";

    private static JsonObject Credential(string name, string provider, string secret, bool withheld = false, string? tokenEndpoint = null) => new()
    {
        ["name"] = name, ["provider"] = provider, ["clientId"] = $"{name.Replace(' ', '-')}.client", ["clientSecret"] = secret,
        ["secretWithheld"] = withheld,
        ["authorizationEndpoint"] = $"https://login.example.test/{provider}/authorize", ["tokenEndpoint"] = tokenEndpoint ?? $"https://login.example.test/{provider}/token",
    };

    private static JsonObject Connection(string name, string credential, string host) => new()
    {
        ["name"] = name, ["description"] = $"uses {credential}", ["protocol"] = "IMAP with OAuth Credentials", ["encryption"] = "SSL/TLS",
        ["host"] = host, ["username"] = "mailbox@example.test", ["port"] = "993", ["timeout"] = "10000", ["oauthCredentials"] = credential,
    };

    private static JsonObject Seed() => new()
    {
        ["server"] = new JsonObject
        {
            ["connections"] = new JsonArray(
                Connection("Legacy Gmail (OAuth)", OnlyOnServer, "imap.gmail.com"),
                Connection("Gmail Support (OAuth)", AlreadyOnCloud, "imap.gmail.com"),
                Connection("Archive M365 (OAuth)", Withheld, "outlook.office365.com")),
            ["oauth2Credentials"] = new JsonArray(
                Credential(OnlyOnServer, "gmail", "GOCSPX-Only-On-Server-4471"),
                Credential(AlreadyOnCloud, "gmail", "GOCSPX-Already-On-Cloud-9902"),
                Credential(Withheld, "microsoft365", "Archive-Tenant-Secret-6613", withheld: true)),
        },
        ["cloud"] = new JsonObject
        {
            ["oauth2Clients"] = new JsonArray(Credential(AlreadyOnCloud, "gmail", "GOCSPX-Already-On-Cloud-9902", tokenEndpoint: CloudTokenEndpoint)),
            ["connections"] = new JsonArray(),
        },
        ["mailboxes"] = new JsonArray(),
    };

    [Test, Order(0)]
    public async Task Plan_lists_each_credential_s_decision_and_plans_the_connections_after_them_changing_nothing()
    {
        var before = await SandboxState.ReadAsync(Sandbox);
        var plan = await Robot.RunAsync("plan");
        Assert.That(plan.ExitCode, Is.EqualTo(0), plan.Transcript);

        var rows = Rfc4180.ReadFile(Path.Combine(plan.OutputFolder, "oauth2-credentials-plan.csv"));
        Assert.That(rows[0], Is.EqualTo(new[] { "kind", "name", "decision", "service_provider", "reason" }));
        Assert.That(rows.Skip(1).ToDictionary(row => row[1], row => row[2]), Is.EquivalentTo(new Dictionary<string, string>
        {
            [OnlyOnServer] = "create", [AlreadyOnCloud] = "already-exists", [Withheld] = "needs-secret",
        }));
        Assert.That(rows.Skip(1).Single(row => row[1] == AlreadyOnCloud)[4], Does.Contain("Token Endpoint"), "compared field by field");
        Assert.That(plan.Out, Does.Contain($"OAuth2 Credentials '{OnlyOnServer}': create"));

        var decisions = Rfc4180.ReadFile(plan.PlanPath).Skip(1).ToDictionary(row => row[0], row => row[7]);
        Assert.That(decisions, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Legacy Gmail (OAuth)"] = "create", ["Gmail Support (OAuth)"] = "create", ["Archive M365 (OAuth)"] = "needs-secret",
        }), "as migrate will do them once the credentials are done");
        var after = await SandboxState.ReadAsync(Sandbox);
        Assert.That(after.CloudFingerprint(), Is.EqualTo(before.CloudFingerprint()), "plan must not change the Cloud");
        await AssertNoSecretsAsync(plan);
    }

    [Test, Order(3)]
    public async Task Verify_compares_the_credentials_field_by_field_without_the_secret()
    {
        first ??= await Robot.RunAsync("migrate");
        var verify = await Robot.RunAsync("verify", outputFolder: first.OutputFolder);
        Assert.That(verify.ExitCode, Is.EqualTo(1), "the credential already on Cloud differs: " + verify.Transcript);

        var rows = Rfc4180.ReadFile(Path.Combine(first.OutputFolder, "oauth2-credentials-verify.csv"));
        Assert.That(rows[0], Is.EqualTo(new[] { "name", "field", "server_value", "cloud_value" }));
        Assert.That(rows.Skip(1).Select(row => string.Join("|", row)), Is.EqualTo(new[]
        {
            $"{AlreadyOnCloud}|Token Endpoint|https://login.example.test/gmail/token|{CloudTokenEndpoint}",
        }), "the created one equals the Server; the one that was there differs in its token endpoint only");
        Assert.That(verify.Out, Does.Contain("verified 2 OAuth2 Credentials: 1 difference(s)"));
        await AssertNoSecretsAsync(verify);
    }

    private static Dictionary<string, string[]> CredentialRows(RobotRun run)
    {
        var rows = Rfc4180.ReadFile(Path.Combine(run.OutputFolder, "oauth2-credentials.csv"));
        Assert.That(rows[0], Is.EqualTo(new[] { "kind", "name", "status", "service_provider", "cloud_callback_url", "person_action", "message" }));
        return rows.Skip(1).ToDictionary(row => row[1]);
    }

    [Test, Order(1)]
    public async Task Migrate_moves_the_credentials_first_so_their_connections_are_migrated_not_blocked()
    {
        first = await Robot.RunAsync("migrate");
        Assert.That(first.ExitCode, Is.EqualTo(1), "the withheld secret needs a person: " + first.Transcript);

        var credentials = CredentialRows(first);
        Assert.That(credentials.Values.Select(row => row[0]).Distinct(), Is.EqualTo(new[] { "oauth2-credentials" }));
        Assert.That(credentials.ToDictionary(pair => pair.Key, pair => pair.Value[2]), Is.EquivalentTo(new Dictionary<string, string>
        {
            [OnlyOnServer] = "migrated", [AlreadyOnCloud] = "already-exists", [Withheld] = "needs-secret",
        }));
        var callback = new Uri(Sandbox.Urls.Cloud, "/plugins/servlet/ac/email-this-issue/oauth2-callback").ToString();
        Assert.That(credentials[OnlyOnServer][4], Is.EqualTo(callback), "the Cloud's callback URL, not the Server's");
        Assert.That(credentials[OnlyOnServer][5], Does.Contain("register " + callback));
        Assert.That(first.Out, Does.Contain("needs a person: 'Legacy Google Project'"));

        var status = first.StatusByName();
        Assert.That(status["Legacy Gmail (OAuth)"], Is.EqualTo("migrated"), first.Transcript);
        Assert.That(status["Gmail Support (OAuth)"], Is.EqualTo("migrated"));
        Assert.That(status["Archive M365 (OAuth)"], Is.EqualTo("needs-secret"));
        Assert.That(first.Row("Archive M365 (OAuth)").Message, Does.Contain($"its OAuth2 credential '{Withheld}' needs its client secret").And.Contain("--resume"));

        var state = await SandboxState.ReadAsync(Sandbox);
        var server = state.ServerOAuthCredentials.Single(c => c.Name == OnlyOnServer);
        var cloud = state.CloudOAuthClients.Single(c => c.Name == OnlyOnServer);
        Assert.That(cloud with { Provider = server.Provider }, Is.EqualTo(server), "Cloud equals Server field by field, the secret included");
        Assert.That(cloud.Provider, Is.EqualTo("GMail/GSuite with OAuth2"));
        Assert.That(state.CloudOAuthClients.Count(c => c.Name == AlreadyOnCloud), Is.EqualTo(1), "created once only");
        Assert.That(state.CloudOAuthClients.Any(c => c.Name == Withheld), Is.False, "never saved with a blank secret");
        await AssertNoSecretsAsync(first);
    }

    [Test, Order(2)]
    public async Task A_rerun_creates_nothing()
    {
        first ??= await Robot.RunAsync("migrate");
        var before = await SandboxState.ReadAsync(Sandbox);
        var rerun = await Robot.RunAsync("migrate");
        var credentials = CredentialRows(rerun);
        Assert.That(credentials[OnlyOnServer][2], Is.EqualTo("already-exists"), rerun.Transcript);
        Assert.That(credentials[AlreadyOnCloud][2], Is.EqualTo("already-exists"));
        var after = await SandboxState.ReadAsync(Sandbox);
        Assert.That(after.CloudFingerprint(), Is.EqualTo(before.CloudFingerprint()), "nothing created or changed");
        await AssertNoSecretsAsync(rerun);
    }
}
