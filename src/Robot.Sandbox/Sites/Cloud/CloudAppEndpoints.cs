using System.Text.Json;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.Sites.Cloud;
using Robot.Sandbox.Sites.Shared;

namespace Robot.Sandbox.Sites;

/// <summary>
/// The Email This Issue app on its own origin (<see cref="SandboxUrls.App"/>), as Jira Cloud embeds it:
/// GET /admin is the single page shown in the iframe, /assets/cloud/* its script and styles, and
/// /rest/api/1/* the JSON API it calls. The app shares the Cloud's session cookie (cookies do not
/// separate the ports of 127.0.0.1); without a live session it says so and offers "Log in".
/// </summary>
public static class CloudAppEndpoints
{
    public static IEndpointRouteBuilder MapCloudApp(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        routes.MapEmbeddedAssets();
        routes.MapGet("/", () => Results.Redirect(CloudPaths.AppPage));
        routes.MapGet(CloudPaths.AppPage, (HttpContext http) =>
        {
            var values = new Dictionary<string, string>
            {
                ["loginUrl"] = CloudPaths.AbsoluteLogin(context.Urls),
                ["message"] = CloudPaths.SessionExpiredMessage,
                ["revealPasswords"] = context.Options.RevealPasswordInputs ? "true" : "false",
                // The dropdowns offer exactly what the API accepts: one vocabulary, CloudVocabulary.
                ["vocabulary"] = JsonSerializer.Serialize(new
                {
                    serviceProviders = CloudVocabulary.ServiceProviders,
                    oauthProviders = CloudVocabulary.ServiceProviders.Where(CloudVocabulary.IsOAuth),
                    encryptions = CloudVocabulary.Encryptions,
                }),
            };
            return context.CloudSessions.Touch(http) is null
                ? HtmlTemplate.Render("cloud/app-expired.html", values)
                : HtmlTemplate.Render("cloud/app.html", values);
        });
        routes.MapCloudApi(context);
        return routes;
    }
}
