using Robot.Domain;
using Robot.Domain.Kinds.OAuth2;

namespace Robot.Application;

/// <summary>
/// Where plan and migrate take the prerequisite kind: once both sites are read, the OAuth2 Credentials the planned
/// OAuth connections use are migrated (or, for plan, planned), and the connections are planned against the Cloud as
/// it then is (or would be): one whose credentials reach the Cloud is written, one whose credentials the Server has but
/// could not be brought over is held for that credential's reason, only one the Server lacks is blocked-oauth.
/// --kind picks either kind alone.
/// </summary>
internal sealed class CredentialsFirst(RobotSites sites, ISessionOutput output, bool planOnly = false)
{
    public IReadOnlyList<CredentialOutcome> Outcomes { get; private set; } = [];

    public async Task<CloudInventory> BeforePlanAsync(IReadOnlyList<ServerConnection> connections, CloudInventory inventory)
    {
        if (!sites.Request.Migrates(OAuth2Credentials.Word)) return inventory;
        var used = connections
            .Where(c => c.OAuthCredentials.Trim().Length > 0 && NameGlob.MatchesAny(sites.Request.Only, c.Name))
            .Select(c => c.OAuthCredentials.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var migration = new CredentialMigration(sites, output);
        Outcomes = planOnly
            ? await migration.PlanAsync(used).ConfigureAwait(false)
            : await migration.MigrateAsync(used).ConfigureAwait(false);
        return After(inventory, Outcomes);
    }

    /// <summary>The Cloud's inventory once <paramref name="outcomes"/> are done: the credentials brought over added, the others held.</summary>
    internal static CloudInventory After(CloudInventory inventory, IReadOnlyList<CredentialOutcome> outcomes)
    {
        var added = outcomes
            .Where(o => o.OnCloud && !inventory.OAuth2Clients.Any(c => string.Equals(c.Name, o.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(o => new CloudOAuth2Client(o.Name, o.ServiceProvider));
        var held = new Dictionary<string, HeldCredential>(StringComparer.OrdinalIgnoreCase);
        foreach (var outcome in outcomes)
            if (outcome.Held is { } hold) held.TryAdd(outcome.Name.Trim(), hold);
        return inventory with { OAuth2Clients = [.. inventory.OAuth2Clients, .. added], HeldCredentials = held };
    }

    /// <summary>--kind oauth2-credentials alone: every credential --only names, and no connection (an empty plan).</summary>
    public async Task<IReadOnlyList<PlannedConnection>> OnlyAsync()
    {
        Outcomes = await new CredentialMigration(sites, output).MigrateAsync(null).ConfigureAwait(false);
        return [];
    }
}
