namespace Robot.Domain.Kinds.OAuth2;

/// <summary>
/// Plans OAuth2 Credentials: create what the Cloud lacks (with a Client Secret from the Server's panel or the secrets
/// source, else needs-secret), compare what it has (already-exists, or update under --update-existing). Pure: no I/O.
/// </summary>
public sealed class CredentialPlanner(OAuth2ProviderMap providers, bool updateExisting, Func<string, Secret?> secretFor)
{
    private static OAuth2Credentials Kind => OAuth2Credentials.Kind;

    public IReadOnlyList<PlannedCredential> Plan(IEnumerable<ServerOAuth2Credential> server, IReadOnlyList<CloudOAuth2Credential> cloud) =>
        server.Select(credential => PlanOne(credential, cloud)).ToList();

    private PlannedCredential PlanOne(ServerOAuth2Credential server, IReadOnlyList<CloudOAuth2Credential> cloud)
    {
        if (server.Unreadable is { } unreadable) return new(server, null, null, PlanDecision.Failed, unreadable);
        var existing = cloud.FirstOrDefault(c => string.Equals(c.Name.Trim(), server.Name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (providers.CloudWordFor(server.ServiceProvider) is not { } provider)
            return new(server, null, existing, PlanDecision.Invalid,
                $"Service Provider '{server.ServiceProvider}' has no Cloud wording: add it to ValueMaps.OAuth2Providers in the settings");
        var secret = server.ClientSecret ?? secretFor(OAuth2Credentials.SecretKey(server.Name));
        var wanted = ToCloud(server, provider, secret);
        if (existing is not null) return Compare(server, wanted, existing);
        return secret is null
            ? new(server, wanted, null, PlanDecision.NeedsSecret,
                $"the Server withholds the Client Secret and the secrets source has none (\"{OAuth2Credentials.SecretKey(server.Name)}\"); never saved blank")
            : new(server, wanted, null, PlanDecision.Create, "not on Cloud");
    }

    /// <summary>The Server's credential as the Cloud should hold it, in the Cloud's provider word; the callback URL is the Cloud's own.</summary>
    public static CloudOAuth2Credential ToCloud(ServerOAuth2Credential server, string cloudProvider, Secret? secret) =>
        new(server.Name, cloudProvider, server.ClientId, secret, server.AuthorizationEndpoint, server.TokenEndpoint, "");

    private PlannedCredential Compare(ServerOAuth2Credential server, CloudOAuth2Credential wanted, CloudOAuth2Credential existing)
    {
        var differences = Kind.Comparer.Differences(wanted, existing, withIdentity: false);
        if (differences.Count == 0) return new(server, wanted, existing, PlanDecision.AlreadyExists, "on Cloud, equal to the Server (the Client Secret is not compared)");
        var listed = string.Join("; ", differences.Select(d => $"{d.Field}: Server '{d.Wanted}', Cloud '{d.Actual}'"));
        return updateExisting
            // A blank Client Secret on Edit keeps the Cloud's, so an update needs none.
            ? new(server, wanted with { Name = existing.Name }, existing, PlanDecision.Update, $"differs on Cloud: {listed}")
            : new(server, wanted, existing, PlanDecision.AlreadyExists, $"on Cloud but differs ({listed}); --update-existing would make it equal");
    }
}
