namespace Robot.Sandbox.State;

/// <summary>A connection as the Cloud app stores it. New and edited connections are disabled, as on the real Cloud.</summary>
public sealed record CloudConnectionRecord(
    int Id,
    string Name,
    string Description,
    string ServiceProvider,
    string Encryption,
    string Host,
    int? Port,
    string Username,
    string Password,
    int? Timeout,
    string OAuth2Credentials,
    bool Enabled,
    DateTimeOffset UpdatedUtc,
    string Folder = "");

public sealed record OAuthClientRecord(string Name, string Provider);
