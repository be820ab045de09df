using Robot.Sandbox.Hosting;
using Robot.Sandbox.Sites.Server;
using Robot.Sandbox.Sites.Shared;

namespace Robot.Sandbox.Sites;

/// <summary>
/// The Server site: Jira Server / Data Center with the Email This Issue app, as docs/ui-contract.md describes it.
/// Pages are rendered here with every value HTML-encoded; Assets/server holds the CSS and the little script.
/// </summary>
public static class ServerSiteEndpoints
{
    public static IEndpointRouteBuilder MapServerSite(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        var health = new ConnectionHealth(context.Server);

        routes.MapEmbeddedAssets();
        routes.MapGet("/", () => Results.Redirect(ServerPaths.AdminLanding));
        LoginPages.Map(routes, context);

        var signedIn = routes.MapGroup("").RequireServerSession(context, Gate.Page);
        DashboardPage.Map(signedIn);
        WebSudoPages.Map(signedIn, context);

        var admin = routes.MapGroup("").RequireServerSession(context, Gate.AdminPage);
        AdminPages.Map(admin, context);
        ConnectionListPage.Map(admin, context, health);

        var api = routes.MapGroup("").RequireServerSession(context, Gate.Api);
        ConnectionApi.Map(api, context, health);
        OAuthCredentialsPage.Map(admin, api, context);
        return routes;
    }
}
