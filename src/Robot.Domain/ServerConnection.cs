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
    string? Password,
    string Port,
    string Timeout,
    string OAuthCredentials)
{
    public bool HasPassword => !string.IsNullOrEmpty(Password);

    public override string ToString() =>
        $"ServerConnection {{ Name = {Name}, Description = {Description}, Protocol = {Protocol}, " +
        $"Encryption = {Encryption}, Host = {Host}, Username = {Username}, Password = {SecretText.MaskOf(Password)}, " +
        $"Port = {Port}, Timeout = {Timeout}, OAuthCredentials = {OAuthCredentials} }}";
}
