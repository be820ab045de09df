using Robot.Sandbox.Hosting;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Server;

/// <summary>Jira's "Administrator Access" step (websudo): once per session, before the first admin page.</summary>
internal static class WebSudoPages
{
    private const string WrongPassword = "The password you entered is incorrect. Please try again.";

    public static void Map(IEndpointRouteBuilder signedIn, SandboxContext context)
    {
        signedIn.MapGet(ServerPaths.WebSudo, (HttpContext http) =>
        {
            var session = http.ServerSession();
            var destination = ServerPaths.LocalOr(http.Request.Query["webSudoDestination"].ToString(), ServerPaths.AdminLanding);
            return session.AdminAccessConfirmed ? Results.Redirect(destination) : Page(Render(session.User, destination, error: null));
        });

        signedIn.MapPost(ServerPaths.WebSudo, async (HttpContext http) =>
        {
            var session = http.ServerSession();
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var destination = ServerPaths.LocalOr(form["webSudoDestination"].ToString(), ServerPaths.AdminLanding);
            if (form["webSudoPassword"].ToString() != context.Options.ServerAdmin.Password)
            {
                return Page(Render(session.User, destination, WrongPassword));
            }
            session.AdminAccessConfirmed = true;
            return Results.Redirect(destination);
        });
    }

    private static string Render(string user, string destination, string? error)
    {
        var alert = error is null ? "" : $"""<div class="aui-message error" role="alert"><p>{E(error)}</p></div>""";
        return ServerLayout.FocusedPage("Administrator Access", user, $"""
            <h1>Administrator Access</h1>
            <div class="aui-message info">
              <p>You have requested access to an administrative function in Jira and are required to validate your credentials below.</p>
            </div>
            <form id="login-form" class="aui" method="post" action="{ServerPaths.WebSudo}?webSudoDestination={Q(destination)}">
              {alert}
              <input type="hidden" name="webSudoDestination" value="{E(destination)}">
              <div class="field-group">
                <span class="field-label">Username</span>
                <span class="field-value">{E(user)}</span>
              </div>
              <div class="field-group">
                <label for="login-form-authenticatePassword">Password</label>
                <input class="text" type="password" id="login-form-authenticatePassword" name="webSudoPassword" autocomplete="current-password" autofocus>
              </div>
              <div class="buttons">
                <button class="aui-button aui-button-primary" type="submit" id="login-form-submit">Confirm</button>
                <a class="cancel" href="{ServerPaths.Dashboard}">Cancel</a>
              </div>
              <p class="field-note">You will not be asked again during this session.</p>
            </form>
            """);
    }
}
