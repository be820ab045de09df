using Robot.Domain;

namespace Robot.Adapters.Browser;

/// <summary>
/// One look at the Server's Edit panel: every field's value, null for a field the panel does not show. Pure, so the
/// rule "filled, stable, and naming the row" is the same whatever page it was read from.
/// </summary>
public sealed record ServerPanelSnapshot(
    string? Name, string? Description, string? Protocol, string? Encryption, string? Host,
    string? Username, string? Password, string? Port, string? Timeout, string? OAuthCredentials)
{
    /// <summary>The selector keys of the fields, in the order of the constructor's parameters.</summary>
    public static readonly IReadOnlyList<string> FieldKeys =
    [
        "editPanel.name", "editPanel.description", "editPanel.protocol", "editPanel.encryption", "editPanel.host",
        "editPanel.username", "editPanel.password", "editPanel.port", "editPanel.timeout", "editPanel.oauthCredentials",
    ];

    public static ServerPanelSnapshot Of(IReadOnlyList<string?> values) =>
        new(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9]);

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

    public ServerConnection ToConnection() => new(
        Name: Name ?? "",
        Description: Description ?? "",
        Protocol: Protocol ?? "",
        Encryption: Encryption ?? "",
        Host: Host ?? "",
        Username: Username ?? "",
        // A blank password field means the Server withholds it: null, never "".
        Password: string.IsNullOrEmpty(Password) ? null : Password,
        Port: Port ?? "",
        Timeout: Timeout ?? "",
        OAuthCredentials: Password is null ? OAuthCredentials ?? "" : "");

    /// <summary>Never the password: the connection's own text masks it.</summary>
    public override string ToString() => ToConnection().ToString();

    private static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);
}
