using Robot.Sandbox.Hosting;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Server;

/// <summary>The admin landing page and the sidebar pages the sandbox only sketches.</summary>
internal static class AdminPages
{
    public static void Map(IEndpointRouteBuilder admin, SandboxContext context)
    {
        admin.MapGet(ServerPaths.AdminLanding, (HttpContext http) =>
            Page(ServerLayout.AdminPage("General configuration", ServerPaths.AdminLanding, http.ServerSession().User, Landing(context))));

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
}
