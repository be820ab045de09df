using Robot.Sandbox.Hosting;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Server;

/// <summary>The admin landing page, SETTINGS → OAuth2 Credentials, and the sidebar pages the sandbox only sketches.</summary>
internal static class AdminPages
{
    public static void Map(IEndpointRouteBuilder admin, SandboxContext context)
    {
        admin.MapGet(ServerPaths.AdminLanding, (HttpContext http) =>
            Page(ServerLayout.AdminPage("General configuration", ServerPaths.AdminLanding, http.ServerSession().User, Landing(context))));

        admin.MapGet(ServerPaths.OAuthCredentials, (HttpContext http) =>
            Page(ServerLayout.AdminPage("OAuth2 Credentials", ServerPaths.OAuthCredentials, http.ServerSession().User, OAuthCredentials(context))));

        foreach (var (path, title) in ServerLayout.SketchedPages)
        {
            admin.MapGet(path, (HttpContext http) =>
                Page(ServerLayout.AdminPage(title, path, http.ServerSession().User, $"""
                    <div class="page-heading"><h2>{E(title)}</h2></div>
                    <div class="aui-message info"><p>This page is not part of the rehearsal sandbox. The migration only reads
                    <a href="{ServerPaths.IncomingConnections}">Incoming Mail Connections</a> and the OAuth2 Credentials.</p></div>
                    """)));
        }
    }

    private static string Landing(SandboxContext context) => $"""
        <div class="page-heading"><h2>General configuration</h2></div>
        <table class="aui settings-table">
          <tbody>
            <tr><th scope="row">Title</th><td>Jira</td></tr>
            <tr><th scope="row">Mode</th><td>Private</td></tr>
            <tr><th scope="row">Base URL</th><td>{E(context.Urls.Server.ToString().TrimEnd('/'))}</td></tr>
            <tr><th scope="row">Installed apps</th><td>Email This Issue (rehearsal sandbox)</td></tr>
            <tr><th scope="row">Incoming mail connections</th><td>{context.Server.All.Count}</td></tr>
          </tbody>
        </table>
        <div class="aui-message info">
          <p>This Jira Server is the rehearsal sandbox: its data comes from the seed file and nothing you do here changes a real Jira.
          Email This Issue's administration pages are in the sidebar.</p>
        </div>
        """;

    private static string OAuthCredentials(SandboxContext context)
    {
        var credentials = context.Server.OAuthCredentials;
        var rows = credentials.Count == 0
            ? """<tr class="empty"><td colspan="2"><p class="empty-text">No OAuth2 credentials</p></td></tr>"""
            : string.Join("\n", credentials.Select(o => $"""
                <tr>
                  <td class="col-name" dir="auto">{E(o.Name)}</td>
                  <td>{E(ProviderName(o.Provider))}</td>
                </tr>
            """));
        return $"""
            <div class="page-heading">
              <h2>OAuth2 Credentials</h2>
              <div class="page-actions"><button type="button" class="aui-button" data-flag-readonly="Adding OAuth2 credentials">Add</button></div>
            </div>
            <p class="page-description">OAuth2 client settings that incoming mail connections with OAuth Credentials sign in with. The client secret is stored encrypted and never shown.</p>
            <table class="aui oauth-table" id="oauth2-credentials">
              <thead><tr><th scope="col">Name</th><th scope="col">Service Provider</th></tr></thead>
              <tbody>
                {rows}
              </tbody>
            </table>
            """;
    }

    private static string ProviderName(string provider) => CloudVocabulary.NormalizeOAuthProvider(provider) switch
    {
        CloudVocabulary.Gmail => "Google",
        CloudVocabulary.Microsoft365 => "Microsoft",
        _ => provider,
    };
}
