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
    private readonly object _gate = new();
    private readonly string? _stateFile;
    private CloudStateFile _state;

    private readonly SeedFile _seed;
    private readonly TimeProvider _clock;

    private readonly bool _acceptDuplicateNames;

    /// <param name="acceptDuplicateNames">Add takes a name the Cloud already has (see SandboxOptions.AcceptDuplicateNames).</param>
    public CloudStore(SeedFile seed, string? dataDir, TimeProvider clock, bool acceptDuplicateNames = false)
    {
        _acceptDuplicateNames = acceptDuplicateNames;
        _seed = seed;
        _clock = clock;
        _stateFile = dataDir is null ? null : Path.Combine(dataDir, "cloud-state.json");
        if (_stateFile is not null && File.Exists(_stateFile))
        {
            _state = JsonSerializer.Deserialize<CloudStateFile>(File.ReadAllText(_stateFile), JsonOptions)
                ?? throw new InvalidOperationException($"{_stateFile}: empty Cloud state file");
            return;
        }
        _state = FromSeed();
        Persist();
    }

    /// <summary>Back to the seed's Cloud (connections and OAuth2 clients), as if the sandbox had just started empty.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _state = FromSeed();
            Persist();
        }
    }

    private CloudStateFile FromSeed()
    {
        var now = _clock.GetUtcNow();
        var state = new CloudStateFile
        {
            OAuth2Clients = _seed.Cloud.OAuth2Clients.Select(o => new OAuthClientRecord(o.Name, CloudVocabulary.NormalizeOAuthProvider(o.Provider)!)).ToList(),
            Connections = _seed.Cloud.Connections.Select((c, i) => new CloudConnectionRecord(
                i + 1, c.Name, c.Description ?? "", c.ServiceProvider ?? "", c.Encryption ?? "None", c.Host ?? "",
                int.TryParse(c.Port, out var port) ? port : null, c.Username ?? "", c.Password ?? "",
                int.TryParse(c.Timeout, out var timeout) ? timeout : null, c.OAuthCredentials ?? "", false, now)).ToList(),
        };
        state.NextId = state.Connections.Count + 1;
        return state;
    }

    public IReadOnlyList<CloudConnectionRecord> Connections { get { lock (_gate) return _state.Connections.ToList(); } }

    public IReadOnlyList<OAuthClientRecord> OAuth2Clients { get { lock (_gate) return _state.OAuth2Clients.ToList(); } }

    public CloudConnectionRecord? Find(int id) { lock (_gate) return _state.Connections.FirstOrDefault(c => c.Id == id); }

    /// <summary>Adds a connection; refuses a duplicate name (case-insensitive, unless duplicates are accepted) and returns null then.</summary>
    public CloudConnectionRecord? Add(Func<int, CloudConnectionRecord> create)
    {
        lock (_gate)
        {
            var record = create(_state.NextId);
            if (!_acceptDuplicateNames && _state.Connections.Any(c => string.Equals(c.Name, record.Name, StringComparison.OrdinalIgnoreCase))) return null;
            _state.NextId++;
            _state.Connections.Add(record);
            Persist();
            return record;
        }
    }

    /// <summary>Replaces a connection; returns false when the id is unknown or the new name belongs to another one.</summary>
    public bool Update(CloudConnectionRecord record)
    {
        lock (_gate)
        {
            var index = _state.Connections.FindIndex(c => c.Id == record.Id);
            if (index < 0) return false;
            if (_state.Connections.Any(c => c.Id != record.Id && string.Equals(c.Name, record.Name, StringComparison.OrdinalIgnoreCase))) return false;
            _state.Connections[index] = record;
            Persist();
            return true;
        }
    }

    public bool AddOAuth2Client(OAuthClientRecord client)
    {
        lock (_gate)
        {
            if (_state.OAuth2Clients.Any(o => string.Equals(o.Name, client.Name, StringComparison.OrdinalIgnoreCase))) return false;
            _state.OAuth2Clients.Add(client);
            Persist();
            return true;
        }
    }

    private void Persist()
    {
        if (_stateFile is null) return;
        Directory.CreateDirectory(Path.GetDirectoryName(_stateFile)!);
        var temp = _stateFile + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_state, JsonOptions));
        File.Move(temp, _stateFile, overwrite: true);
    }

    private sealed class CloudStateFile
    {
        public int NextId { get; set; } = 1;
        public List<CloudConnectionRecord> Connections { get; set; } = [];
        public List<OAuthClientRecord> OAuth2Clients { get; set; } = [];
    }
}
