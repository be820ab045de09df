using System.Text.Json;
using Robot.Sandbox.Seed;

namespace Robot.Sandbox.State;

/// <summary>
/// The Cloud app's connections and OAuth2 clients. Every change is written to the data folder at once
/// (write to a temporary file, then rename), so the Cloud state survives a restart or a kill.
/// </summary>
public sealed class CloudStore
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
    private readonly object gate = new();
    private readonly string? stateFile;
    private CloudStateFile state;

    private readonly SeedFile seed;
    private readonly TimeProvider clock;

    private readonly bool acceptDuplicateNames;

    /// <param name="acceptDuplicateNames">Add takes a name the Cloud already has (see SandboxOptions.AcceptDuplicateNames).</param>
    public CloudStore(SeedFile seed, string? dataDir, TimeProvider clock, bool acceptDuplicateNames = false)
    {
        this.acceptDuplicateNames = acceptDuplicateNames;
        this.seed = seed;
        this.clock = clock;
        stateFile = dataDir is null ? null : Path.Combine(dataDir, "cloud-state.json");
        if (stateFile is not null && File.Exists(stateFile))
        {
            this.state = JsonSerializer.Deserialize<CloudStateFile>(File.ReadAllText(stateFile), JsonOptions)
                ?? throw new InvalidOperationException($"{stateFile}: empty Cloud state file");
            return;
        }
        this.state = FromSeed();
        Persist();
    }

    /// <summary>Back to the seed's Cloud (connections and OAuth2 clients), as if the sandbox had just started empty.</summary>
    public void Reset()
    {
        lock (gate)
        {
            this.state = FromSeed();
            Persist();
        }
    }

    private CloudStateFile FromSeed()
    {
        var now = this.clock.GetUtcNow();
        var state = new CloudStateFile
        {
            OAuth2Clients = this.seed.Cloud.OAuth2Clients.Select(o => o.ToRecord(CloudVocabulary.NormalizeOAuthProvider(o.Provider)!)).ToList(),
            Connections = this.seed.Cloud.Connections.Select((c, i) => new CloudConnectionRecord(
                i + 1, c.Name, c.Description ?? "", c.ServiceProvider ?? "", c.Encryption ?? "None", c.Host ?? "",
                int.TryParse(c.Port, out var port) ? port : null, c.Username ?? "", c.Password ?? "",
                int.TryParse(c.Timeout, out var timeout) ? timeout : null, c.OAuthCredentials ?? "", false, now)).ToList(),
        };
        state.NextId = state.Connections.Count + 1;
        return state;
    }

    public IReadOnlyList<CloudConnectionRecord> Connections { get { lock (gate) return this.state.Connections.ToList(); } }

    public IReadOnlyList<OAuthClientRecord> OAuth2Clients { get { lock (gate) return this.state.OAuth2Clients.ToList(); } }

    public CloudConnectionRecord? Find(int id) { lock (gate) return this.state.Connections.FirstOrDefault(c => c.Id == id); }

    /// <summary>Adds a connection; refuses a duplicate name (case-insensitive, unless duplicates are accepted) and returns null then.</summary>
    public CloudConnectionRecord? Add(Func<int, CloudConnectionRecord> create)
    {
        lock (gate)
        {
            var record = create(this.state.NextId);
            if (!this.acceptDuplicateNames && this.state.Connections.Any(c => string.Equals(c.Name, record.Name, StringComparison.OrdinalIgnoreCase))) return null;
            this.state.NextId++;
            this.state.Connections.Add(record);
            Persist();
            return record;
        }
    }

    /// <summary>Replaces a connection; returns false when the id is unknown or the new name belongs to another one.</summary>
    public bool Update(CloudConnectionRecord record)
    {
        lock (gate)
        {
            var index = this.state.Connections.FindIndex(c => c.Id == record.Id);
            if (index < 0) return false;
            if (this.state.Connections.Any(c => c.Id != record.Id && string.Equals(c.Name, record.Name, StringComparison.OrdinalIgnoreCase))) return false;
            this.state.Connections[index] = record;
            Persist();
            return true;
        }
    }

    public bool AddOAuth2Client(OAuthClientRecord client)
    {
        lock (gate)
        {
            if (this.state.OAuth2Clients.Any(o => string.Equals(o.Name, client.Name, StringComparison.OrdinalIgnoreCase))) return false;
            this.state.OAuth2Clients.Add(client);
            Persist();
            return true;
        }
    }

    /// <summary>Replaces the OAuth2 client named <paramref name="name"/>; false when there is none, or the new name is another's.</summary>
    public bool UpdateOAuth2Client(string name, OAuthClientRecord client)
    {
        lock (gate)
        {
            var index = this.state.OAuth2Clients.FindIndex(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0) return false;
            if (this.state.OAuth2Clients.Where((o, i) => i != index).Any(o => string.Equals(o.Name, client.Name, StringComparison.OrdinalIgnoreCase))) return false;
            this.state.OAuth2Clients[index] = client;
            Persist();
            return true;
        }
    }

    private void Persist()
    {
        if (stateFile is null) return;
        Directory.CreateDirectory(Path.GetDirectoryName(stateFile)!);
        var temp = stateFile + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this.state, JsonOptions));
        File.Move(temp, stateFile, overwrite: true);
    }

    private sealed class CloudStateFile
    {
        public int NextId { get; set; } = 1;
        public List<CloudConnectionRecord> Connections { get; set; } = [];
        public List<OAuthClientRecord> OAuth2Clients { get; set; } = [];
    }
}
