namespace Robot.Sandbox.Sites.Server;

/// <summary>The Server site's addresses, as Jira Server and the app name them.</summary>
internal static class ServerPaths
{
    public const string Login = "/login.jsp";
    public const string Logout = "/secure/Logout!default.jspa";
    public const string Dashboard = "/secure/Dashboard.jspa";
    public const string WebSudo = "/secure/admin/WebSudoAuthenticate.jspa";
    public const string AdminLanding = "/secure/admin/ViewApplicationProperties.jspa";
    public const string AppBase = "/plugins/servlet/eti";
    public const string IncomingConnections = AppBase + "/incoming-connections";
    public const string OAuthCredentials = AppBase + "/oauth2-credentials";
    public const string RestIncoming = "/rest/eti/1.0/incoming";

    /// <summary>The path and query of this request, to come back to after a login or the administrator access step.</summary>
    public static string Here(HttpContext http) => http.Request.Path.Value + http.Request.QueryString.Value;

    public static string LoginFor(string destination) => $"{Login}?os_destination={Uri.EscapeDataString(destination)}";

    public static string WebSudoFor(string destination) => $"{WebSudo}?webSudoDestination={Uri.EscapeDataString(destination)}";

    /// <summary>Only a path on this site may be a destination (no open redirect to another host).</summary>
    public static string LocalOr(string? destination, string fallback) =>
        !string.IsNullOrEmpty(destination) && destination[0] == '/' && !destination.StartsWith("//", StringComparison.Ordinal)
            && !destination.StartsWith("/\\", StringComparison.Ordinal)
            ? destination
            : fallback;
}
