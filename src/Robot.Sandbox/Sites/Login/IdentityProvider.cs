using Robot.Sandbox.Hosting;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Login;

/// <summary>
/// A company identity provider on its own origin (<see cref="SandboxUrls.Idp"/>), with its own sign-in form. A site
/// sends the person to /sso/login with where to return; after the sign-in the provider sends them back with a
/// single-use ticket: by redirect (OpenID-like, the Cloud) or by an auto-submitted POST (SAML-like, the Server).
/// </summary>
public static class IdentityProvider
{
    public const string LoginPath = "/sso/login";
    public const string WrongLogin = "We couldn't sign you in with that email and password.";

    /// <summary>The provider's sign-in address for a site's return address; <paramref name="post"/> answers by form POST.</summary>
    public static string SignInUrl(SandboxUrls urls, string returnUrl, string relay, bool post) =>
        new Uri(urls.Idp!, $"{LoginPath}?return={Uri.EscapeDataString(returnUrl)}&relay={Uri.EscapeDataString(relay)}&binding={(post ? "post" : "redirect")}").ToString();

    public static IEndpointRouteBuilder MapIdentityProvider(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        routes.MapGet(LoginPath, (HttpContext http) =>
        {
            var query = http.Request.Query;
            return Form(query["return"].ToString(), query["relay"].ToString(), query["binding"].ToString(), "", null);
        });
        routes.MapPost(LoginPath, async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var (returnUrl, relay, binding, email) = (form["return"].ToString(), form["relay"].ToString(), form["binding"].ToString(), form["email"].ToString().Trim());
            if (!KnownReturn(context.Urls, returnUrl)) return Results.BadRequest("unknown return address");
            var user = context.Options.Login.IdpUser;
            if (!string.Equals(email, user.User, StringComparison.OrdinalIgnoreCase) || form["password"].ToString() != user.Password)
                return Form(returnUrl, relay, binding, email, WrongLogin);
            var ticket = context.LoginTickets.Issue(user.User);
            if (binding != "post")
                return Results.Redirect($"{returnUrl}?ticket={Uri.EscapeDataString(ticket)}&continue={Uri.EscapeDataString(relay)}");
            return LoginHtml.Page("Signing you in", $"""
                <form id="saml" method="post" action="{E(returnUrl)}">{LoginHtml.Hidden("SAMLResponse", ticket)}{LoginHtml.Hidden("RelayState", relay)}
                <noscript><button type="submit">Continue</button></noscript></form>
                <script>document.getElementById('saml').submit();</script>
                """);
        });
        return routes;
    }

    /// <summary>Only the sandbox's own sites may be returned to, so the provider is no open redirect.</summary>
    private static bool KnownReturn(SandboxUrls urls, string returnUrl) =>
        Uri.TryCreate(returnUrl, UriKind.Absolute, out var target)
        && (target.GetLeftPart(UriPartial.Authority) == urls.Cloud.GetLeftPart(UriPartial.Authority)
            || target.GetLeftPart(UriPartial.Authority) == urls.Server.GetLeftPart(UriPartial.Authority));

    private static IResult Form(string returnUrl, string relay, string binding, string email, string? error) =>
        LoginHtml.Page("Corp Identity: sign in", $"""
            <h1>Corp Identity</h1>
            <p>Sign in with your work account to continue.</p>
            <form method="post" action="{LoginPath}">
              {LoginHtml.Error(error)}
              {LoginHtml.Hidden("return", returnUrl)}{LoginHtml.Hidden("relay", relay)}{LoginHtml.Hidden("binding", binding)}
              <label for="idp-email">Work email</label><input id="idp-email" name="email" type="email" autocomplete="username" value="{E(email)}">
              <label for="idp-password">Password</label><input id="idp-password" name="password" type="password" autocomplete="current-password">
              <button type="submit">Sign in</button>
            </form>
            """);
}
