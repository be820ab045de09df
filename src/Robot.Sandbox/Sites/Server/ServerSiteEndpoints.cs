using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Sites;

public static class ServerSiteEndpoints
{
    public static IEndpointRouteBuilder MapServerSite(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        routes.MapGet("/", () => Results.Text("Server site: not built yet"));
        return routes;
    }
}
