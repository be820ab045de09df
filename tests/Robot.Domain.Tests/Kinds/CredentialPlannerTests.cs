using Robot.Domain.Kinds.OAuth2;

namespace Robot.Domain.Tests.Kinds;

/// <summary>The plan of OAuth2 Credentials: create, already-exists (compared), update, needs-secret, invalid.</summary>
public class CredentialPlannerTests
{
    private const string Gmail = "GMail/GSuite with OAuth2";

    private static ServerOAuth2Credential Server(string name = "Google Workspace", string? secret = "s3cret", string provider = "Google") =>
        new(name, provider, "id-1", Secret.OrNull(secret), "https://accounts.google.com/o/oauth2/auth", "https://oauth2.googleapis.com/token",
            "https://server.example.test/plugins/servlet/eti/oauth2/callback");

    private static CloudOAuth2Credential Cloud(string name = "Google Workspace", string clientId = "id-1") =>
        new(name, Gmail, clientId, null, "https://accounts.google.com/o/oauth2/auth", "https://oauth2.googleapis.com/token", "https://cloud.example.test/cb");

    private static PlannedCredential PlanOne(ServerOAuth2Credential server, IReadOnlyList<CloudOAuth2Credential>? cloud = null,
        bool updateExisting = false, string? fromSecrets = null) =>
        new CredentialPlanner(new OAuth2ProviderMap(OAuth2ProviderMap.Defaults), updateExisting, key => key == OAuth2Credentials.SecretKey(server.Name) ? Secret.OrNull(fromSecrets) : null)
            .Plan([server], cloud ?? []).Single();

    [Test]
    public void A_credential_the_Cloud_lacks_is_created_in_the_Clouds_words_with_the_Servers_secret()
    {
        var planned = PlanOne(Server());
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.Create));
        Assert.That(planned.Cloud!.ServiceProvider, Is.EqualTo(Gmail));
        Assert.That(planned.Cloud.ClientSecret!.Reveal(), Is.EqualTo("s3cret"));
    }

    [Test]
    public void A_withheld_secret_comes_from_the_secrets_source_else_needs_secret()
    {
        Assert.That(PlanOne(Server(secret: null), fromSecrets: "from-file").Cloud!.ClientSecret!.Reveal(), Is.EqualTo("from-file"));
        var planned = PlanOne(Server(secret: null));
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.NeedsSecret));
        Assert.That(planned.Reason, Does.Contain("OAuth2 Credentials: Google Workspace"));
    }

    [Test]
    public void One_already_on_Cloud_is_compared_not_created_and_updated_only_under_update_existing()
    {
        Assert.That(PlanOne(Server(secret: null), [Cloud(name: "google workspace")]).Decision, Is.EqualTo(PlanDecision.AlreadyExists), "a withheld secret does not matter then");
        var differing = PlanOne(Server(), [Cloud(clientId: "old-id")]);
        Assert.That(differing.Decision, Is.EqualTo(PlanDecision.AlreadyExists));
        Assert.That(differing.Reason, Does.Contain("Client ID: Server 'id-1', Cloud 'old-id'"));
        Assert.That(PlanOne(Server(secret: null), [Cloud(clientId: "old-id")], updateExisting: true).Decision, Is.EqualTo(PlanDecision.Update));
    }

    [Test]
    public void A_provider_without_Cloud_wording_is_invalid() =>
        Assert.That(PlanOne(Server(provider: "Yahoo")).Decision, Is.EqualTo(PlanDecision.Invalid));

    [Test]
    public void The_secret_never_prints() =>
        Assert.That(PlanOne(Server()).ToString(), Does.Not.Contain("s3cret"));
}
