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

/// <summary>
/// OAuth2 client credentials as a site stores them (the Client Secret in clear: a rehearsal sandbox, shown by
/// /_sandbox/state only). The Callback URL is not stored: it is relative to each Jira instance (see OAuthCallback).
/// </summary>
public sealed record OAuthClientRecord(string Name, string Provider)
{
    public string ClientId { get; init; } = "";
    public string ClientSecret { get; init; } = "";
    public string AuthorizationEndpoint { get; init; } = "";
    public string TokenEndpoint { get; init; } = "";

    /// <summary>Server only: its Edit panel shows the secret masked and blank, as it is stored encrypted.</summary>
    public bool SecretWithheld { get; init; }
}
