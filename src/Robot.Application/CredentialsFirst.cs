using Robot.Domain;
using Robot.Domain.Kinds.OAuth2;

namespace Robot.Application;

/// <summary>
/// Where migrate runs the prerequisite kind: once both sites are read, the OAuth2 Credentials the planned OAuth
/// connections use are migrated, and the connections are planned against the Cloud as it then is (so one whose
/// credentials were on the Server is written, not blocked). --kind picks either kind alone.
/// </summary>
internal sealed class CredentialsFirst(RobotSites sites, ISessionOutput output)
{
    public IReadOnlyList<CredentialOutcome> Outcomes { get; private set; } = [];

    public async Task<CloudInventory> BeforePlanAsync(IReadOnlyList<ServerConnection> connections, CloudInventory inventory)
    {
        if (!sites.Request.Migrates(OAuth2Credentials.Word)) return inventory;
        var used = connections
            .Where(c => c.OAuthCredentials.Trim().Length > 0 && NameGlob.MatchesAny(sites.Request.Only, c.Name))
            .Select(c => c.OAuthCredentials.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Outcomes = await new CredentialMigration(sites, output).RunAsync(used).ConfigureAwait(false);
        var added = Outcomes
            .Where(o => o.OnCloud && !inventory.OAuth2Clients.Any(c => string.Equals(c.Name, o.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(o => new CloudOAuth2Client(o.Name, o.ServiceProvider));
        return inventory with { OAuth2Clients = [.. inventory.OAuth2Clients, .. added] };
    }

    /// <summary>--kind oauth2-credentials alone: every credential --only names, and no connection (an empty plan).</summary>
    public async Task<IReadOnlyList<PlannedConnection>> OnlyAsync()
    {
        Outcomes = await new CredentialMigration(sites, output).RunAsync(null).ConfigureAwait(false);
        return [];
    }
}
