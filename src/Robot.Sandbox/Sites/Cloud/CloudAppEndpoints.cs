using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Sites;

public static class CloudAppEndpoints
{
    public static IEndpointRouteBuilder MapCloudApp(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        routes.MapGet("/", () => Results.Text("Cloud app: not built yet"));
        return routes;
    }
}
