using System.Text.Json.Serialization;
using Robot.Sandbox.Seed;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Sites.Cloud;

// The JSON shapes of the Cloud app's API (/rest/api/1/, documented in Sites/Cloud/README.md).
// Names are camelCase; "oauth2Credentials" is spelled out because the default policy would write "oAuth2Credentials".

/// <summary>
/// What the Add / Edit panel sends to Save and Test Connection. Port and Timeout are the raw field text
/// (a number is accepted too) so that the server, not the browser, judges them. A blank Port means the
/// default port of the provider and encryption; a blank Timeout the default timeout.
/// </summary>
public sealed record ConnectionInput
{
    /// <summary>Test Connection only: the connection being edited, whose stored password a blank Password stands for.</summary>
    public int? Id { get; init; }

    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? ServiceProvider { get; init; }
    public string? Encryption { get; init; }
    public string? Host { get; init; }

    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Port { get; init; }

    public string? Username { get; init; }

    /// <summary>On Edit, blank keeps the stored password.</summary>
    public string? Password { get; init; }

    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Timeout { get; init; }

    [JsonPropertyName("oauth2Credentials")]
    public string? OAuth2Credentials { get; init; }

    /// <summary>The mailbox folder read; blank is the Inbox.</summary>
    public string? Folder { get; init; }
}

/// <summary>A connection as the API shows it: everything but the password.</summary>
public sealed record ConnectionView(
    int Id,
    string Name,
    string Description,
    string ServiceProvider,
    string Encryption,
    string Host,
    int? Port,
    string Username,
    int? Timeout,
    [property: JsonPropertyName("oauth2Credentials")] string OAuth2Credentials,
    bool Enabled,
    string Status,
    bool HasPassword,
    DateTimeOffset UpdatedUtc,
    string Folder)
{
    public const string StatusEnabled = "Enabled";
    public const string StatusDisabled = "Disabled";
    public const string StatusNeedsCorrection = "Needs correction";

    public static ConnectionView Of(CloudConnectionRecord r, IReadOnlyList<OAuthClientRecord> clients) => new(
        r.Id, r.Name, r.Description, r.ServiceProvider, r.Encryption, r.Host, r.Port, r.Username, r.Timeout,
        r.OAuth2Credentials, r.Enabled,
        CloudConnectionForm.NeedsCorrection(r, clients) ? StatusNeedsCorrection : r.Enabled ? StatusEnabled : StatusDisabled,
        r.Password.Length > 0, r.UpdatedUtc, r.Folder);
}

public sealed record ConnectionList(IReadOnlyList<ConnectionView> Connections);

/// <summary>Test Connection's answer: Message is "Connection successful" or the reason it failed (the mail server's own words).</summary>
public sealed record TestResult(bool Success, string Message);

public sealed record FieldError(string Field, string Message);

/// <summary>Every non-2xx answer: one sentence for a person, and per-field details when a form was refused.</summary>
public sealed record ApiError(
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FieldError>? Errors = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LoginUrl = null);

public sealed record OAuthClientInput
{
    public string? Name { get; init; }
    public string? ServiceProvider { get; init; }
    public string? ClientId { get; init; }

    /// <summary>On Edit, blank keeps the stored secret.</summary>
    public string? ClientSecret { get; init; }

    public string? AuthorizationEndpoint { get; init; }
    public string? TokenEndpoint { get; init; }
}

/// <summary>OAuth2 credentials as the API shows them: everything but the Client Secret.</summary>
public sealed record OAuthClientView(string Name, string ServiceProvider, string ClientId, string AuthorizationEndpoint, string TokenEndpoint, bool HasSecret)
{
    public static OAuthClientView Of(OAuthClientRecord r) =>
        new(r.Name, r.Provider, r.ClientId, r.AuthorizationEndpoint, r.TokenEndpoint, r.ClientSecret.Length > 0);
}

/// <summary>The Cloud's credentials, and the Callback URL every one of them uses on this Jira.</summary>
public sealed record OAuthClientList(IReadOnlyList<OAuthClientView> Clients, string CallbackUrl);
