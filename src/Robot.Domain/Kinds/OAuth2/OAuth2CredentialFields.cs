using Robot.Domain.Fields;

namespace Robot.Domain.Kinds.OAuth2;

/// <summary>
/// Every field of OAuth2 Credentials, once, in the order both panels show them. Adding a field is one entry here plus
/// its selector keys (server.json "oauthPanel.*", cloud.json "oauthPanel.*").
/// </summary>
public static class OAuth2CredentialFields
{
    public const string ServiceProvider = "Service Provider";
    public const string ClientSecret = "Client Secret";
    public const string CallbackUrl = "Callback URL";

    public static IReadOnlyList<FieldDescriptor<ServerOAuth2Credential, CloudOAuth2Credential>> All { get; } =
    [
        new()
        {
            ServerName = "Name", CloudName = "Name", ServerKey = "oauthPanel.name", CloudKey = "oauthPanel.name",
            ServerValue = s => s.Name, CloudValue = c => c.Name, Comparison = FieldComparison.Exact, Identity = true,
        },
        new()
        {
            ServerName = ServiceProvider, CloudName = ServiceProvider, ServerKey = "oauthPanel.serviceProvider", CloudKey = "oauthPanel.serviceProvider",
            Control = FieldControl.Dropdown, DifferentWordsOnPurpose = true,
            ServerValue = s => s.ServiceProvider, CloudValue = c => c.ServiceProvider, Comparison = FieldComparison.IgnoreCase,
        },
        new()
        {
            ServerName = "Client ID", CloudName = "Client ID", ServerKey = "oauthPanel.clientId", CloudKey = "oauthPanel.clientId",
            ServerValue = s => s.ClientId, CloudValue = c => c.ClientId, Comparison = FieldComparison.Exact,
        },
        new()
        {
            ServerName = ClientSecret, CloudName = ClientSecret, ServerKey = "oauthPanel.clientSecret", CloudKey = "oauthPanel.clientSecret",
            Control = FieldControl.Secret, ServerValue = s => SecretText.Shown(s.ClientSecret), CloudValue = c => SecretText.Shown(c.ClientSecret),
            SecretValue = c => c.ClientSecret,
        },
        new()
        {
            ServerName = "Authorization Endpoint", CloudName = "Authorization Endpoint", ServerKey = "oauthPanel.authorizationEndpoint", CloudKey = "oauthPanel.authorizationEndpoint",
            ServerValue = s => s.AuthorizationEndpoint, CloudValue = c => c.AuthorizationEndpoint, Comparison = FieldComparison.Exact,
        },
        new()
        {
            ServerName = "Token Endpoint", CloudName = "Token Endpoint", ServerKey = "oauthPanel.tokenEndpoint", CloudKey = "oauthPanel.tokenEndpoint",
            ServerValue = s => s.TokenEndpoint, CloudValue = c => c.TokenEndpoint, Comparison = FieldComparison.Exact,
        },
        new()
        {
            // Relative to each Jira: read on both sites, never copied, never compared; the Cloud's goes in the results.
            ServerName = CallbackUrl, CloudName = CallbackUrl, ServerKey = "oauthPanel.callbackUrl", CloudKey = "oauthPanel.callbackUrl",
            ServerOptional = true, CloudReadOnly = true,
            ServerValue = s => s.CallbackUrl, CloudValue = c => c.CallbackUrl, Outputs = FieldOutputs.Evidence,
        },
    ];
}
