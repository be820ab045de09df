using Robot.Domain;
using Robot.Domain.Kinds;

namespace Robot.Adapters.Browser;

/// <summary>
/// One look at the Server's Edit panel: every field's value by its label (<see cref="IncomingMailFields"/>), null
/// for a field the panel does not show. Pure, so the rule "filled, stable, and naming the row" is the same whatever
/// page it was read from.
/// </summary>
public sealed class ServerPanelSnapshot : IEquatable<ServerPanelSnapshot>
{
    private readonly IReadOnlyDictionary<string, string?> values;

    public ServerPanelSnapshot(IReadOnlyDictionary<string, string?> byLabel) =>
        values = new SortedDictionary<string, string?>(byLabel.ToDictionary(), StringComparer.Ordinal);

    /// <summary>A look at a panel that shows the ten mapped fields (null: not shown).</summary>
    public ServerPanelSnapshot(string? name, string? description, string? protocol, string? encryption, string? host,
        string? username, string? password, string? port, string? timeout, string? oauthCredentials)
        : this(new Dictionary<string, string?>
        {
            ["Name"] = name, ["Description"] = description, ["Protocol"] = protocol, ["Encryption"] = encryption, ["Host"] = host,
            ["Username"] = username, [IncomingMailFields.Password] = password, ["Port"] = port, ["Timeout"] = timeout,
            [IncomingMailFields.OAuthCredentials] = oauthCredentials,
        })
    {
    }

    private static IncomingMailConnections Kind => IncomingMailConnections.Kind;

    public string? Name => Value("Name");
    public string? Protocol => Value("Protocol");
    public string? Host => Value("Host");
    public string? Username => Value("Username");
    public string? Password => Value(IncomingMailFields.Password);
    public string? OAuthCredentials => Value(IncomingMailFields.OAuthCredentials);

    /// <summary>The fields read off the panel, by label, with their selector keys (in server.json).</summary>
    public static IEnumerable<(string Label, string Key)> Fields =>
        Kind.Fields.OnServer.Select(f => (f.ServerName, f.ServerKey!));

    /// <summary>Nothing of the panel shows (it closed, or the page went elsewhere).</summary>
    public bool IsGone => Name is null && Protocol is null && Password is null && OAuthCredentials is null;

    /// <summary>Whether the panel's Name is the name the list shows for the row that was opened.</summary>
    public bool Names(string rowName) => Name is not null && NameText.Same(Name, rowName);

    /// <summary>
    /// Fields every connection of its kind has (an OAuth connection shows OAuth Credentials instead of a password,
    /// host and username may then be absent): blank means "not loaded yet". Null while neither kind shows.
    /// </summary>
    private IReadOnlyList<string?>? Required =>
        Password is not null ? [Protocol, Host, Username]
        : OAuthCredentials is not null ? [Protocol, OAuthCredentials]
        : null;

    /// <summary>Names the row and has every field its kind always has.</summary>
    public bool IsComplete(string rowName) => Names(rowName) && Required is { } required && required.All(Filled);

    /// <summary>
    /// Names the row and shows at least one value of it besides the name: once nothing changed until the time limit,
    /// a required field still blank is blank on the Server (the mapping then calls it invalid), not "not loaded".
    /// </summary>
    public bool IsLoadedWithBlanks(string rowName) => Names(rowName) && Required is { } required && required.Any(Filled);

    public ServerConnection ToConnection() => Kind.ServerRecord(values);

    /// <summary>Never the password: the connection's own text masks it.</summary>
    public override string ToString() => ToConnection().ToString();

    public bool Equals(ServerPanelSnapshot? other) => other is not null && values.SequenceEqual(other.values);

    public override bool Equals(object? obj) => Equals(obj as ServerPanelSnapshot);

    public override int GetHashCode() => values.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value));

    public static bool operator ==(ServerPanelSnapshot? a, ServerPanelSnapshot? b) => a?.Equals(b) ?? b is null;

    public static bool operator !=(ServerPanelSnapshot? a, ServerPanelSnapshot? b) => !(a == b);

    private string? Value(string label) => values.GetValueOrDefault(label);

    private static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);
}
