using Robot.Sandbox.Hosting;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Server;

/// <summary>/login.jsp and the logout link: Jira's login form, session cookie JSESSIONID.</summary>
internal static class LoginPages
{
    private const string WrongLogin = "Sorry, your username and password are incorrect - please try again.";

    public static void Map(IEndpointRouteBuilder routes, SandboxContext context)
    {
        routes.MapGet(ServerPaths.Login, (HttpContext http) => context.Options.Login.ServerSso
            ? Login.ServerSamlStep.ToIdentityProvider(context, http.Request.Query["os_destination"].ToString())
            : Page(Render(http.Request.Query["os_destination"].ToString(), "", error: null)));
        Login.ServerSamlStep.Map(routes, context);

        routes.MapPost(ServerPaths.Login, async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var user = form["os_username"].ToString();
            var password = form["os_password"].ToString();
            var destination = form["os_destination"].ToString();
            var admin = context.Options.ServerAdmin;
            if (!string.Equals(user.Trim(), admin.User, StringComparison.OrdinalIgnoreCase) || password != admin.Password)
            {
                return Page(Render(destination, user, WrongLogin));
            }
            context.ServerSessions.SignIn(http, admin.User);
            return Results.Redirect(context.Options.Quirks.ServerLoginLandsOnDashboard
                ? ServerPaths.Dashboard
                : ServerPaths.LocalOr(destination, ServerPaths.Dashboard));
        });

        routes.MapGet(ServerPaths.Logout, (HttpContext http) =>
        {
            context.ServerSessions.SignOut(http);
            return Page(ServerLayout.FocusedPage("Logout", null, $"""
                <h1>Log out</h1>
                <div class="aui-message info"><p>You are now logged out. Any automatic login has also been stopped.</p></div>
                <p><a href="{ServerPaths.Login}">Log in again.</a></p>
                """));
        });
    }

    private static string Render(string destination, string user, string? error)
    {
        var alert = error is null ? "" : $"""<div class="aui-message error" role="alert"><p>{E(error)}</p></div>""";
        return ServerLayout.FocusedPage("Log in", null, $"""
            <h1>Log in</h1>
            <form id="login-form" class="aui" method="post" action="{ServerPaths.Login}">
              {alert}
              <input type="hidden" name="os_destination" value="{E(destination)}">
              <div class="field-group">
                <label for="login-form-username">Username</label>
                <input class="text" type="text" id="login-form-username" name="os_username" autocomplete="username" value="{E(user)}" autofocus>
              </div>
              <div class="field-group">
                <label for="login-form-password">Password</label>
                <input class="text" type="password" id="login-form-password" name="os_password" autocomplete="current-password">
              </div>
              <div class="field-group checkbox">
                <input type="checkbox" id="login-form-remember-me" name="os_cookie" value="true">
                <label for="login-form-remember-me">Remember my login on this computer</label>
              </div>
              <div class="buttons">
                <button class="aui-button aui-button-primary" type="submit" id="login-form-submit">Log In</button>
                <span class="forgot" title="Not part of the rehearsal sandbox">Can't access your account?</span>
              </div>
            </form>
            """);
    }
}
