namespace Robot.Domain;

/// <summary>
/// One Incoming Mail Connection exactly as the Server's Edit panel shows it. Values stay raw
/// (Port and Timeout may be blank or non-numeric) so that mapping can say what was wrong.
/// </summary>
public sealed record ServerConnection(
    string Name,
    string Description,
    string Protocol,
    string Encryption,
    string Host,
    string Username,
    Secret? Password,
    string Port,
    string Timeout,
    string OAuthCredentials)
{
    public bool HasPassword => Password is not null;

    /// <summary>The fields the guide does not map and the Cloud has no place for (Interval…), by their Server label, as shown.</summary>
    public OtherFields Others { get; init; } = OtherFields.None;

    /// <summary>One of <see cref="Others"/>; blank when the panel did not show it.</summary>
    public string Other(string label) => Others[label];

    /// <summary>Why this row's Edit panel could not be read (its fields are then blank); null when it was read.</summary>
    public string? Unreadable { get; init; }

    /// <summary>A row of the list whose panel could not be read: known by the name the list shows, nothing else.</summary>
    public static ServerConnection UnreadableRow(string listedName, string reason) =>
        new(listedName, "", "", "", "", "", null, "", "", "") { Unreadable = reason };

    public override string ToString() =>
        $"ServerConnection {{ Name = {Name}, Description = {Description}, Protocol = {Protocol}, " +
        $"Encryption = {Encryption}, Host = {Host}, Username = {Username}, Password = {SecretText.MaskOf(Password)}, " +
        $"Port = {Port}, Timeout = {Timeout}, OAuthCredentials = {OAuthCredentials} }}";
}
