using System.Globalization;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.State;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Server;

/// <summary>
/// SETTINGS → OAuth2 Credentials: the list, each row's "More actions" menu, and the "Edit OAuth2 Credentials" dialog
/// that oauth-credentials.js fills from GET /rest/eti/1.0/oauth2-credentials/{id}. The Client Secret is stored
/// encrypted: the dialog shows it masked, or blank when the seed withholds it. The Server is read-only: Save is refused.
/// </summary>
internal static class OAuthCredentialsPage
{
    public const string Heading = "Edit OAuth2 Credentials";
    public const string RestCredentials = "/rest/eti/1.0/oauth2-credentials";

    public static void Map(IEndpointRouteBuilder admin, IEndpointRouteBuilder api, SandboxContext context)
    {
        admin.MapGet(ServerPaths.OAuthCredentials, (HttpContext http) =>
            Page(ServerLayout.AdminPage("OAuth2 Credentials", ServerPaths.OAuthCredentials, http.ServerSession().User, Render(context.Server.OAuthCredentials))));

        api.MapGet(RestCredentials + "/{id:int}", async (int id, HttpContext http) =>
        {
            await Task.Delay(Random.Shared.Next(100, 301), http.RequestAborted);
            var all = context.Server.OAuthCredentials;
            if (id < 1 || id > all.Count) return Results.Json(new { message = $"There are no OAuth2 credentials with id {id}." }, statusCode: StatusCodes.Status404NotFound);
            var o = all[id - 1];
            return Results.Json(new
            {
                id,
                name = o.Name,
                serviceProvider = ProviderName(o.Provider),
                clientId = o.ClientId,
                clientSecret = o.SecretWithheld ? "" : o.ClientSecret,
                secretWithheld = o.SecretWithheld,
                authorizationEndpoint = o.AuthorizationEndpoint,
                tokenEndpoint = o.TokenEndpoint,
                callbackUrl = OAuthCallback.Server(context.Urls),
            });
        });
    }

    /// <summary>The Server's words for the provider ("Google", "Microsoft"), not the Cloud's.</summary>
    public static string ProviderName(string provider) => CloudVocabulary.NormalizeOAuthProvider(provider) switch
    {
        CloudVocabulary.Gmail => "Google",
        CloudVocabulary.Microsoft365 => "Microsoft",
        _ => provider,
    };

    private static string Render(IReadOnlyList<OAuthClientRecord> credentials)
    {
        var rows = credentials.Count == 0
            ? """<tr class="empty"><td colspan="3"><p class="empty-text">No OAuth2 credentials</p></td></tr>"""
            : string.Join("\n", credentials.Select((o, i) => Row(i + 1, o)));
        return $"""
            <div class="page-heading">
              <h2>OAuth2 Credentials</h2>
              <div class="page-actions"><button type="button" class="aui-button" data-flag-readonly="Adding OAuth2 credentials">Add</button></div>
            </div>
            <p class="page-description">OAuth2 client settings that incoming and outgoing mail connections with OAuth Credentials sign in with. The client secret is stored encrypted.</p>
            <table class="aui oauth-table" id="oauth2-credentials">
              <thead><tr><th scope="col">Name</th><th scope="col">Service Provider</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
              <tbody>
                {rows}
              </tbody>
            </table>
            <div class="aui-dropdown" id="credential-actions-menu" role="menu" hidden>
              <button type="button" role="menuitem" tabindex="-1" data-action="edit">Edit</button>
              <button type="button" role="menuitem" tabindex="-1" data-flag-readonly="Deleting OAuth2 credentials">Delete</button>
            </div>
            {Dialog()}
            """;
    }

    private static string Row(int id, OAuthClientRecord o)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        return $"""
                <tr data-credential-id="{key}" data-credential-name="{E(o.Name)}">
                  <td class="col-name" dir="auto">{E(o.Name)}</td>
                  <td>{E(ProviderName(o.Provider))}</td>
                  <td class="col-actions"><button type="button" class="aui-button aui-button-subtle credential-actions" aria-label="More actions" aria-haspopup="menu" aria-expanded="false" aria-controls="credential-actions-menu">⋯</button></td>
                </tr>
            """;
    }

    private static string Dialog() => $"""
        <div class="dialog-backdrop" id="credential-dialog-backdrop" hidden>
          <section class="aui-dialog2" role="dialog" aria-modal="true" aria-labelledby="credential-dialog-heading" id="credential-dialog">
            <header class="aui-dialog2-header"><h2 id="credential-dialog-heading">{Heading}</h2></header>
            <div class="aui-dialog2-content" id="credential-dialog-content"></div>
            <footer class="aui-dialog2-footer">
              <button type="button" class="aui-button aui-button-primary" data-flag-readonly="Saving OAuth2 credentials">Save</button>
              <button type="button" class="aui-button aui-button-link" id="credential-dialog-cancel">Cancel</button>
            </footer>
          </section>
        </div>
        <template id="credential-form-template">
          <form class="aui long-label" id="credential-form" novalidate>
            {Field("oc-name", "Name", "name")}
            {Field("oc-provider", "Service Provider", "serviceProvider")}
            {Field("oc-client-id", "Client ID", "clientId")}
            <div class="field-group">
              <label for="oc-client-secret">Client Secret</label>
              <input class="text" type="password" id="oc-client-secret" name="clientSecret" autocomplete="new-password">
              <div class="description" data-role="secret-withheld" hidden>The stored secret is encrypted and not shown. Leave it blank to keep it.</div>
            </div>
            {Field("oc-authorization", "Authorization Endpoint", "authorizationEndpoint")}
            {Field("oc-token", "Token Endpoint", "tokenEndpoint")}
            <div class="field-group">
              <label for="oc-callback">Callback URL</label>
              <input class="text" type="text" id="oc-callback" name="callbackUrl" readonly>
              <div class="description">Relative to this Jira: register it in the provider's app registration.</div>
            </div>
          </form>
        </template>
        """;

    private static string Field(string id, string label, string name) => $"""
        <div class="field-group">
              <label for="{id}">{E(label)}</label>
              <input class="text" type="text" id="{id}" name="{name}" dir="auto">
            </div>
        """;
}
