using Robot.Adapters.Verification;
using Robot.Domain;
using Robot.Domain.Kinds.OAuth2;
using Robot.Domain.Ports;
using Robot.Domain.Verification;

namespace Robot.Application;

/// <summary>verify for OAuth2 Credentials: what the Cloud holds compared with the Server field by field.</summary>
public sealed record CredentialVerifyResult(int Verified, IReadOnlyList<Difference> Differences, string Path);

/// <summary>
/// verify's second kind: the OAuth2 Credentials the verified connections use, read on the Server and read back on
/// Cloud through their Edit panels, compared field by field (never the Client Secret) and written to
/// oauth2-credentials-verify.csv, the same columns as verify.csv.
/// </summary>
internal sealed class CredentialVerification(RobotSites sites, ISessionOutput output)
{
    public const string FileName = "oauth2-credentials-verify.csv";

    /// <returns>null when the selectors have no credentials pages or no verified connection uses credentials.</returns>
    public async Task<CredentialVerifyResult?> RunAsync(IEnumerable<ServerConnection> verified)
    {
        if (!sites.Request.Migrates(OAuth2Credentials.Word)) return null;
        var used = verified.Select(c => c.OAuthCredentials.Trim()).Where(name => name.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (used.Count == 0 || sites.NewCredentialPages() is not ({ } server, { } cloud)) return null;
        await using var serverDisposal = server.ConfigureAwait(false);
        await using var cloudDisposal = cloud.ConfigureAwait(false);

        output.Line("Reading the OAuth2 Credentials on both sites …");
        var onServer = await server.ReadAsync(used.Contains, sites.Abort).ConfigureAwait(false);
        sites.RunSecrets.Add(onServer.Select(c => c.ClientSecret?.Reveal()));
        var onCloud = await cloud.ListAsync(used.Contains, sites.Abort).ConfigureAwait(false);
        var differences = new CredentialVerifier(OAuth2ProviderMap.FromSettings(sites.Config.Settings.ValueMaps.OAuth2Providers))
            .CompareAll(onServer, onCloud);
        var secrets = onServer.Select(c => c.ClientSecret).ToList();
        var path = System.IO.Path.Combine(sites.Config.OutputFolder, FileName);
        VerifyCsvWriter.Write(path, differences, secrets);
        foreach (var difference in differences) output.Line("OAuth2 Credentials " + SecretText.Scrub(difference.ToString(), secrets));
        return new CredentialVerifyResult(onServer.Count, differences, path);
    }
}
