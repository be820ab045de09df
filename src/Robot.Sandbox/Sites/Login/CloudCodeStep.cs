using Robot.Sandbox.Hosting;
using Robot.Sandbox.Sites.Cloud;

namespace Robot.Sandbox.Sites.Login;

/// <summary>
/// The Cloud's extra login steps: the one-time-code page shown after the password (or after the identity provider),
/// and the identity provider's return address. Each ends in the Cloud session cookie and the page asked for.
/// </summary>
internal static class CloudCodeStep
{
    public const string VerifyPath = "/login/verify";
    public const string SsoReturnPath = "/login/sso";
    public const string WrongCode = "That code didn't work. Check your authenticator app and try again.";

    public static void Map(IEndpointRouteBuilder routes, SandboxContext context)
    {
        routes.MapGet(SsoReturnPath, (HttpContext http, string? ticket, string? @continue) =>
        {
            var user = context.LoginTickets.Redeem(ticket);
            return user is null ? Results.Redirect(CloudPaths.Login) : Passed(http, context, user, @continue);
        });
        routes.MapPost(VerifyPath, async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var pending = form["pending"].ToString();
            var continuePath = form["continue"].ToString();
            var user = context.LoginTickets.Peek(pending);
            if (user is null) return Results.Redirect(CloudPaths.Login);
            if (!Totp.Accepts(context.Options.Login.TotpSecret, form["code"].ToString(), TimeProvider.System.GetUtcNow()))
                return Render(pending, continuePath, WrongCode);
            context.LoginTickets.Redeem(pending);
            context.CloudSessions.SignIn(http, user);
            return Results.Redirect(CloudPaths.SafeContinue(continuePath));
        });
    }

    /// <summary>The password (or the identity provider) was right: the code step when asked for, else signed in.</summary>
    public static IResult Passed(HttpContext http, SandboxContext context, string user, string? continuePath)
    {
        if (context.Options.Login.CloudTotp) return Render(context.LoginTickets.Issue(user), continuePath, null);
        context.CloudSessions.SignIn(http, user);
        return Results.Redirect(CloudPaths.SafeContinue(continuePath));
    }

    private static IResult Render(string pending, string? continuePath, string? error) =>
        LoginHtml.Page("Verify it's you", $"""
            <h1>Verify it's you</h1>
            <p>Enter the 6-digit code from your authenticator app.</p>
            <form method="post" action="{VerifyPath}">
              {LoginHtml.Error(error)}
              {LoginHtml.Hidden("pending", pending)}{LoginHtml.Hidden("continue", CloudPaths.SafeContinue(continuePath))}
              <label for="totp-code">Verification code</label><input id="totp-code" name="code" inputmode="numeric" autocomplete="one-time-code">
              <button type="submit">Verify</button>
            </form>
            """);
}
