using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Sites.Cloud;

/// <summary>The Cloud site's and the Cloud app's well-known paths (docs/ui-contract.md).</summary>
internal static class CloudPaths
{
    public const string Login = "/login";
    public const string Logout = "/logout";
    public const string AppAdmin = "/plugins/servlet/ac/email-this-issue/admin";

    /// <summary>The app's page inside the iframe, on the app's own origin.</summary>
    public const string AppPage = "/admin";

    public const string Api = "/rest/api/1";

    public const string SessionExpiredMessage = "Your session has expired. Log in again.";

    public static string LoginWithContinue(string continuePath) => $"{Login}?continue={Uri.EscapeDataString(continuePath)}";

    /// <summary>The Cloud login, absolute, returning to the app's admin page: where "Log in" leads from inside the iframe.</summary>
    public static string AbsoluteLogin(SandboxUrls urls) => new Uri(urls.Cloud, LoginWithContinue(AppAdmin)).ToString();

    /// <summary>A continue target is only ever a local path, so the login cannot be turned into an open redirect.</summary>
    public static string SafeContinue(string? target) =>
        !string.IsNullOrEmpty(target) && target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) && !target.StartsWith("/\\", StringComparison.Ordinal)
            ? target
            : AppAdmin;

    public static string PathAndQuery(HttpRequest request) => request.PathBase + request.Path + request.QueryString;
}
