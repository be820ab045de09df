using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Sites;

public static class CloudShellEndpoints
{
    public static IEndpointRouteBuilder MapCloudShell(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        routes.MapGet("/", () => Results.Text("Cloud site: not built yet"));
        return routes;
    }
}
