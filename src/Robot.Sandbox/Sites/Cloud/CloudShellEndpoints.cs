using Robot.Sandbox.Hosting;
using Robot.Sandbox.Sites.Cloud;
using Robot.Sandbox.Sites.Shared;

namespace Robot.Sandbox.Sites;

/// <summary>
/// The Jira Cloud shell on <see cref="SandboxUrls.Cloud"/>: the two-step login and the admin page that
/// embeds the Email This Issue app (served from <see cref="SandboxUrls.App"/>) in an iframe.
/// </summary>
public static class CloudShellEndpoints
{
    public static IEndpointRouteBuilder MapCloudShell(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        routes.MapEmbeddedAssets();
        routes.MapGet("/", () => Results.Redirect(CloudPaths.AppAdmin));
        routes.MapGet(CloudPaths.Login, (string? @continue) => context.Options.Login.CloudSso
            ? Results.Redirect(Login.IdentityProvider.SignInUrl(context.Urls, new Uri(context.Urls.Cloud, Login.CloudCodeStep.SsoReturnPath).ToString(),
                CloudPaths.SafeContinue(@continue), post: false))
            : CloudLoginPage.Render(@continue, email: "", error: null));
        Login.CloudCodeStep.Map(routes, context);
        routes.MapPost(CloudPaths.Login, (HttpRequest request) => CloudLoginPage.SubmitAsync(request.HttpContext, context));
        routes.MapGet(CloudPaths.Logout, (HttpContext http) =>
        {
            context.CloudSessions.SignOut(http);
            return Results.Redirect(CloudPaths.Login);
        });
        routes.MapGet(CloudPaths.AppAdmin, (HttpContext http) =>
        {
            var session = context.CloudSessions.Touch(http);
            if (session is null) return Results.Redirect(CloudPaths.LoginWithContinue(CloudPaths.PathAndQuery(http.Request)));
            var appSrc = new Uri(context.Urls.App, $"{CloudPaths.AppPage.TrimStart('/')}?xdm_e={Uri.EscapeDataString(context.Urls.Cloud.ToString().TrimEnd('/'))}");
            return HtmlTemplate.Render("cloud/jira-admin.html", new Dictionary<string, string>
            {
                ["user"] = session.User,
                ["initial"] = session.User.Length > 0 ? session.User[..1].ToUpperInvariant() : "?",
                ["appSrc"] = appSrc.ToString(),
                ["appOrigin"] = context.Urls.App.GetLeftPart(UriPartial.Authority),
            });
        });
        return routes;
    }
}
