using Robot.Domain.Kinds;

namespace Robot.Domain;

/// <summary>Decides, for every Server connection, what a migration run will do with it. Changes nothing.</summary>
public sealed class Planner(ConnectionMapper mapper, PlannerOptions options)
{
    public IReadOnlyList<PlannedConnection> Plan(IReadOnlyList<ServerConnection> serverConnections, CloudInventory cloud)
    {
        var onCloud = new Dictionary<string, ExistingCloudConnection>(StringComparer.OrdinalIgnoreCase);
        foreach (var existing in cloud.Connections) onCloud.TryAdd(existing.Name.Trim(), existing);

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var plan = new List<PlannedConnection>();
        foreach (var server in serverConnections)
        {
            // Duplicates are counted over every Server connection, also those --only leaves out.
            var isDuplicate = !seen.Add(server.Name.Trim());
            if (!NameGlob.MatchesAny(options.Only, server.Name)) continue;
            var planned = server.Unreadable is { } unreadable
                ? new PlannedConnection(server, null, PlanDecision.Failed, unreadable)
                : Decide(server, isDuplicate, onCloud, cloud);
            plan.Add(onCloud.TryGetValue(server.Name.Trim(), out var existing) ? planned with { CloudState = existing.State } : planned);
        }
        return plan;
    }

    private PlannedConnection Decide(
        ServerConnection server,
        bool isDuplicate,
        IReadOnlyDictionary<string, ExistingCloudConnection> onCloud,
        CloudInventory inventory)
    {
        var mapping = mapper.Map(server);
        if (mapping is MappingResult.Invalid invalid)
            return new PlannedConnection(server, null, PlanDecision.Invalid, invalid.Describe());

        var (cloud, kind) = (MappingResult.Mapped)mapping;
        if (isDuplicate)
            return new PlannedConnection(server, cloud, PlanDecision.Invalid,
                new MappingResult.Invalid("Name", server.Name, "duplicate name on Server").Describe());

        var decision = PlanDecision.Create;
        var reason = "not on Cloud";
        var interrupted = options.InterruptedCreates.Any(name => string.Equals(name.Trim(), server.Name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (interrupted && !options.UpdateExisting && onCloud.ContainsKey(server.Name.Trim()))
        {
            reason = "on Cloud after an interrupted run began to create it; looked for before Add";
        }
        else if (onCloud.TryGetValue(server.Name.Trim(), out var existing))
        {
            if (!options.UpdateExisting)
                return new PlannedConnection(server, cloud, PlanDecision.AlreadyExists, "already on Cloud");
            if (existing.ReadBack is null)
            {
                reason = "on Cloud; its values could not be read back, so it is updated";
            }
            else
            {
                var differences = IncomingMailConnections.Kind.Comparer.Differences(cloud, existing.ReadBack, withIdentity: false)
                    .Select(difference => difference.Field).ToList();
                if (differences.Count == 0)
                    return new PlannedConnection(server, cloud, PlanDecision.AlreadyExists, "already on Cloud with the same values");
                reason = "on Cloud but differs in: " + string.Join(", ", differences);
            }
            decision = PlanDecision.Update;
        }

        if (kind.IsOAuth())
        {
            if (OAuthHold(server, cloud, kind, inventory) is { } hold) return hold;
        }
        else if (cloud.Password is null)
        {
            var secret = options.PasswordFor?.Invoke(server.Name);
            if (secret is null)
                return new PlannedConnection(server, cloud, PlanDecision.NeedsPassword,
                    "the Server withholds the password and the secrets source has none for this name");
            cloud = cloud with { Password = secret };
        }

        return new PlannedConnection(server, cloud, decision, reason) { LookFirst = interrupted && decision == PlanDecision.Create };
    }

    /// <summary>
    /// Why an OAuth connection cannot be written yet: the Cloud's credentials unreadable; its credentials held on the
    /// Server side (their own reason, named); or not on Cloud at all (blocked). Null when it can.
    /// </summary>
    private PlannedConnection? OAuthHold(ServerConnection server, CloudConnection cloud, ServiceKind kind, CloudInventory inventory)
    {
        if (inventory.OAuth2ClientsUnreadable is { } unreadable)
            return new PlannedConnection(server, cloud, PlanDecision.Failed, unreadable);
        if (inventory.HeldCredentials.GetValueOrDefault(cloud.OAuth2Credentials?.Trim() ?? "") is { } held)
            return new PlannedConnection(server, cloud, held.Decision, held.ForConnection);
        var blocked = OAuthBlocker(cloud, kind, inventory.OAuth2Clients);
        return blocked is null ? null : new PlannedConnection(server, cloud, PlanDecision.BlockedOAuth, blocked);
    }

    private string? OAuthBlocker(CloudConnection cloud, ServiceKind kind, IReadOnlyList<CloudOAuth2Client> clients)
    {
        var providerName = mapper.Rules.ServiceProviders.For(kind);
        if (!clients.Any(client => KindOf(client) == kind))
            return $"no OAuth2 client settings for {providerName} on Cloud: the OAuth2 credentials must be migrated first, then run again";

        var wanted = cloud.OAuth2Credentials?.Trim() ?? "";
        if (!clients.Any(client => string.Equals(client.Name.Trim(), wanted, StringComparison.OrdinalIgnoreCase)))
            return $"the OAuth2 credentials '{wanted}' are not on Cloud: they must be migrated first, then run again";
        return null;
    }

    private ServiceKind? KindOf(CloudOAuth2Client client) =>
        mapper.Rules.ServiceProviders.KindOf(client.ServiceProvider)
        ?? AccountTypeDetector.Detect(client.ServiceProvider)?.ToServiceKind();
}
