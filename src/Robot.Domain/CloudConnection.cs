namespace Robot.Domain;

/// <summary>One Incoming Mail Connection in the Cloud's wording, as it is (or will be) on the Add/Edit panel.</summary>
public sealed record CloudConnection(
    string Name,
    string Description,
    string ServiceProvider,
    string Encryption,
    string Host,
    int? Port,
    string Username,
    Secret? Password,
    int? Timeout,
    string? OAuth2Credentials)
{
    /// <summary>Milliseconds in one unit of <see cref="Timeout"/> (1 when the Cloud asks milliseconds, 1000 for seconds).</summary>
    public int TimeoutUnitMs { get; init; } = 1;

    /// <summary>The Server's fields beyond the guide's nine (Folder…), by their label, as the Server showed them: written where the Cloud's panel shows a field of that label.</summary>
    public OtherFields Others { get; init; } = OtherFields.None;

    /// <summary>The Timeout as a span of time, whatever unit the Cloud writes it in.</summary>
    public TimeSpan? TimeoutSpan => Timeout is { } value ? TimeSpan.FromMilliseconds((long)value * TimeoutUnitMs) : null;

    public override string ToString() =>
        $"CloudConnection {{ Name = {Name}, Description = {Description}, ServiceProvider = {ServiceProvider}, " +
        $"Encryption = {Encryption}, Host = {Host}, Port = {Port}, Username = {Username}, " +
        $"Password = {SecretText.MaskOf(Password)}, Timeout = {Timeout}, OAuth2Credentials = {OAuth2Credentials} }}";
}
