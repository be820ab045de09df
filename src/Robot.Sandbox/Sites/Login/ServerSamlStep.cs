using Robot.Sandbox.Hosting;
using Robot.Sandbox.Sites.Server;

namespace Robot.Sandbox.Sites.Login;

/// <summary>
/// The Server's SAML-like single sign-on: its login page sends the person to the identity provider, whose assertion
/// comes back as a form POST to the consumer address. A fresh sign-in there also counts as Administrator Access, as
/// with Data Center's SSO, which sends that step to the identity provider too.
/// </summary>
internal static class ServerSamlStep
{
    public const string ConsumerPath = "/plugins/servlet/samlconsumer";

    public static void Map(IEndpointRouteBuilder routes, SandboxContext context)
    {
        routes.MapPost(ConsumerPath, async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var user = context.LoginTickets.Redeem(form["SAMLResponse"].ToString());
            if (user is null) return Results.Redirect(ServerPaths.Login);
            context.ServerSessions.SignIn(http, user).AdminAccessConfirmed = true;
            return Results.Redirect(ServerPaths.LocalOr(form["RelayState"].ToString(), ServerPaths.Dashboard));
        });
    }

    /// <summary>Where the login page sends the person when single sign-on is on.</summary>
    public static IResult ToIdentityProvider(SandboxContext context, string destination) =>
        Results.Redirect(IdentityProvider.SignInUrl(context.Urls, new Uri(context.Urls.Server, ConsumerPath).ToString(), destination, post: true));
}
