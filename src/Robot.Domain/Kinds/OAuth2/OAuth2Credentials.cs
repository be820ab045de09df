using Robot.Domain.Fields;

namespace Robot.Domain.Kinds.OAuth2;

/// <summary>The second kind: OAuth2 Credentials, Server "Edit OAuth2 Credentials" → Cloud "Add OAuth2 Credentials".</summary>
public sealed class OAuth2Credentials : IMigrationKind<ServerOAuth2Credential, CloudOAuth2Credential>
{
    /// <summary>The kind's word in --kind and in the results' kind column.</summary>
    public const string Word = "oauth2-credentials";

    public static OAuth2Credentials Kind { get; } = new();

    private OAuth2Credentials()
    {
        Comparer = new FieldComparer<ServerOAuth2Credential, CloudOAuth2Credential>(Fields);
    }

    public string Title => "OAuth2 Credentials";

    public FieldList<ServerOAuth2Credential, CloudOAuth2Credential> Fields { get; } = new(OAuth2CredentialFields.All);

    public FieldComparer<ServerOAuth2Credential, CloudOAuth2Credential> Comparer { get; }

    public ServerOAuth2Credential ServerRecord(IReadOnlyDictionary<string, string?> byServerName)
    {
        string Value(string name) => byServerName.GetValueOrDefault(name) ?? "";
        return new ServerOAuth2Credential(
            Value("Name"), Value(OAuth2CredentialFields.ServiceProvider), Value("Client ID"),
            // A blank secret field means the Server withholds it: null, never "".
            Secret.OrNull(byServerName.GetValueOrDefault(OAuth2CredentialFields.ClientSecret)),
            Value("Authorization Endpoint"), Value("Token Endpoint"), Value(OAuth2CredentialFields.CallbackUrl));
    }

    public CloudOAuth2Credential CloudRecord(IReadOnlyDictionary<string, string?> byCloudName)
    {
        string Value(string name) => byCloudName.GetValueOrDefault(name) ?? "";
        return new CloudOAuth2Credential(
            Value("Name"), Value(OAuth2CredentialFields.ServiceProvider), Value("Client ID"), null,
            Value("Authorization Endpoint"), Value("Token Endpoint"), Value(OAuth2CredentialFields.CallbackUrl));
    }

    public IReadOnlyList<string> NotCarried(ServerOAuth2Credential server) => Fields.NotCarriedValues(server);

    /// <summary>The name under which the secrets source holds a credential's Client Secret (apart from connections' passwords).</summary>
    public static string SecretKey(string credentialName) => $"OAuth2 Credentials: {credentialName}";
}
