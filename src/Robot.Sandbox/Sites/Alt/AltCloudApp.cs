using Robot.Sandbox.Hosting;
using Robot.Sandbox.Sites.Cloud;
using Robot.Sandbox.Sites.Shared;

namespace Robot.Sandbox.Sites.Alt;

/// <summary>
/// The alt skin's Cloud app on the app origin: GET /admin is its single page (Assets/alt/cloud-*), the JSON API under
/// /rest/api/1 is the sandbox's shared one (same store, same real Test Connection). The Jira Cloud shell around the
/// iframe (login, admin page) is Atlassian's and stays the same for every app version.
/// </summary>
public static class AltCloudApp
{
    public static IEndpointRouteBuilder MapAltCloudApp(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        var words = new AltWords(context.Options.LegacyLabels);
        routes.MapEmbeddedAssets();
        routes.MapGet("/", () => Results.Redirect(CloudPaths.AppPage));
        routes.MapGet(CloudPaths.AppPage, (HttpContext http) =>
        {
            var values = new Dictionary<string, string>
            {
                ["words"] = words.CloudJson(),
                ["loginUrl"] = CloudPaths.AbsoluteLogin(context.Urls),
                ["message"] = "Your Atlassian session has expired. Log in to continue.",
            };
            return context.CloudSessions.Touch(http) is null
                ? HtmlTemplate.Render("alt/cloud-expired.html", values)
                : HtmlTemplate.Render("alt/cloud-app.html", values);
        });
        routes.MapCloudApi(context);
        return routes;
    }
}
