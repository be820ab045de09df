using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Sites.Cloud;

/// <summary>
/// Atlassian's two-step login on one page: Email → Continue reveals Password → Log in (login.js does the
/// reveal; the form posts both fields). A wrong login comes back at the password step with an error text.
/// </summary>
internal static class CloudLoginPage
{
    public const string WrongLogin = "Incorrect email address and / or password.";

    public static IResult Render(string? continuePath, string email, string? error) =>
        HtmlTemplate.Render("cloud/login.html", new Dictionary<string, string>
        {
            ["continue"] = CloudPaths.SafeContinue(continuePath),
            ["email"] = email,
            ["error"] = error ?? "",
            ["step"] = error is null ? "email" : "password",
            ["errorHidden"] = error is null ? "hidden" : "",
            ["passwordHidden"] = error is null ? "hidden" : "",
            ["continueHidden"] = error is null ? "" : "hidden",
            ["emailReadonly"] = error is null ? "" : "readonly",
        });

    public static async Task<IResult> SubmitAsync(HttpContext http, SandboxContext context)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var email = form["email"].ToString().Trim();
        var password = form["password"].ToString();
        var continuePath = form["continue"].ToString();
        var admin = context.Options.CloudAdmin;
        if (!string.Equals(email, admin.User, StringComparison.OrdinalIgnoreCase) || password != admin.Password)
            return Render(continuePath, email, WrongLogin);
        return Sites.Login.CloudCodeStep.Passed(http, context, admin.User, continuePath);
    }
}
