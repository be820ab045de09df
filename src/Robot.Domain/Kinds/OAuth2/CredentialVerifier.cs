using Robot.Domain.Verification;

namespace Robot.Domain.Kinds.OAuth2;

/// <summary>
/// verify for the second kind: each Server credential against the Cloud's of the same name (ignoring case), field by
/// field in the Cloud's words. The Client Secret is never compared or shown (the Cloud never shows it back); the
/// Callback URL differs by design and is not compared. Pure: reading both sides is the caller's job.
/// </summary>
public sealed class CredentialVerifier(OAuth2ProviderMap providers)
{
    /// <summary>The Field of a row about the whole credential rather than one of its fields.</summary>
    public const string CredentialField = "OAuth2 Credentials";

    public IReadOnlyList<Difference> CompareAll(IEnumerable<ServerOAuth2Credential> server, IReadOnlyList<CloudOAuth2Credential> cloud)
    {
        var differences = new List<Difference>();
        foreach (var credential in server)
        {
            var existing = cloud.FirstOrDefault(c => string.Equals(c.Name.Trim(), credential.Name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (credential.Unreadable is { } unreadable)
                differences.Add(new Difference(credential.Name, CredentialField, "its Server panel could not be read: " + unreadable, "not compared"));
            else if (existing is null)
                differences.Add(new Difference(credential.Name, CredentialField, "on Server", "missing on Cloud"));
            else if (providers.CloudWordFor(credential.ServiceProvider) is not { } provider)
                differences.Add(new Difference(credential.Name, OAuth2CredentialFields.ServiceProvider,
                    $"'{credential.ServiceProvider}' has no Cloud wording in ValueMaps.OAuth2Providers", existing.ServiceProvider));
            else
                differences.AddRange(OAuth2Credentials.Kind.Comparer.Differences(CredentialPlanner.ToCloud(credential, provider, null), existing, withIdentity: true)
                    .Select(d => new Difference(credential.Name, d.Field, d.Wanted, d.Actual)));
        }
        return differences;
    }
}
