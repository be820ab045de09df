using Robot.Sandbox.Seed;

namespace Robot.Sandbox.State;

/// <summary>The Server app's connections: read-only for the robot, loaded from the seed at every start.</summary>
public sealed class ServerStore
{
    private readonly List<ServerConnectionRecord> connections;

    public ServerStore(SeedFile seed, bool withholdPasswords)
    {
        WithholdPasswords = withholdPasswords;
        this.connections = seed.Server.Connections
            .Select((c, i) => new ServerConnectionRecord(
                i + 1, c.Name, c.Description ?? "", c.Protocol ?? "", c.Encryption ?? "", c.Host ?? "",
                c.Username ?? "", c.Password ?? "", c.Port ?? "", c.Timeout ?? "", c.OAuthCredentials ?? "", c.Interval ?? "1",
                c.Folder ?? "", c.AfterDownload ?? "", c.SharedMailboxAlias ?? ""))
            .ToList();
        OAuthCredentials = seed.Server.OAuth2Credentials.Select(o => o.ToRecord(o.Provider)).ToList();
    }

    /// <summary>When set, the Edit panel shows a blank password field, as many products do.</summary>
    public bool WithholdPasswords { get; }

    public IReadOnlyList<OAuthClientRecord> OAuthCredentials { get; }

    public IReadOnlyList<ServerConnectionRecord> All => this.connections;

    public ServerConnectionRecord? Find(int id) => this.connections.FirstOrDefault(c => c.Id == id);

    public IReadOnlyList<ServerConnectionRecord> Search(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return this.connections;
        bool Has(string value) => value.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase);
        return this.connections.Where(c => Has(c.Name) || Has(c.Description) || Has(c.Host) || Has(c.Username)).ToList();
    }
}
