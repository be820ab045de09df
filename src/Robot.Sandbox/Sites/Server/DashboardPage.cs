using Robot.Sandbox.Hosting;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Server;

/// <summary>Where a login without a destination lands, as in Jira: the System Dashboard.</summary>
internal static class DashboardPage
{
    public static void Map(IEndpointRouteBuilder signedIn)
    {
        signedIn.MapGet(ServerPaths.Dashboard, (HttpContext http) => Page(ServerLayout.Document("System Dashboard", "page-dashboard", $"""
            {ServerLayout.Header(http.ServerSession().User)}
            <main class="dashboard" id="main">
              <h1>System Dashboard</h1>
              <section class="gadget">
                <h2>Introduction</h2>
                <p>Welcome to the Jira rehearsal sandbox, {E(http.ServerSession().User)}. Email This Issue's mail connections are under
                <a href="{ServerPaths.AdminLanding}">Administration</a>.</p>
              </section>
            </main>
            """)));
    }
}
