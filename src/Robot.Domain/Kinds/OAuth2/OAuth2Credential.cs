namespace Robot.Domain.Kinds.OAuth2;

/// <summary>
/// OAuth2 client credentials as the Server's "Edit OAuth2 Credentials" panel shows them. <see cref="ClientSecret"/> is
/// null when the Server withholds it (it is stored encrypted). <see cref="CallbackUrl"/> is the Server's own: relative
/// to its Jira, so never copied.
/// </summary>
public sealed record ServerOAuth2Credential(
    string Name,
    string ServiceProvider,
    string ClientId,
    Secret? ClientSecret,
    string AuthorizationEndpoint,
    string TokenEndpoint,
    string CallbackUrl)
{
    /// <summary>Why its panel could not be read; null when it was.</summary>
    public string? Unreadable { get; init; }
}

/// <summary>
/// OAuth2 client credentials as they are (or are to be) on Cloud, in the Cloud's words. <see cref="ClientSecret"/> is
/// only ever set on a record to write; a record read back never holds it. <see cref="CallbackUrl"/> is the Cloud's:
/// a person must register it at the provider.
/// </summary>
public sealed record CloudOAuth2Credential(
    string Name,
    string ServiceProvider,
    string ClientId,
    Secret? ClientSecret,
    string AuthorizationEndpoint,
    string TokenEndpoint,
    string CallbackUrl);
