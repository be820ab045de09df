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

    /// <summary>The path and query of this request (still URL-encoded), to come back to after a login or the administrator access step.</summary>
    public static string Here(HttpContext http) => http.Request.Path.ToUriComponent() + http.Request.QueryString.ToUriComponent();

    public static string LoginFor(string destination) => $"{Login}?os_destination={Uri.EscapeDataString(destination)}";

    public static string WebSudoFor(string destination) => $"{WebSudo}?webSudoDestination={Uri.EscapeDataString(destination)}";

    /// <summary>
    /// Only a path on this site may be a destination: no other host ("//host", "/\host", or one hidden behind a tab or
    /// newline that browsers strip), and nothing a Location header cannot carry (spaces, control or non-ASCII characters).
    /// </summary>
    public static string LocalOr(string? destination, string fallback) =>
        !string.IsNullOrEmpty(destination)
            && destination[0] == '/'
            && destination.All(ch => ch is > ' ' and < '\u007f')
            && !(destination.Length > 1 && destination[1] is '/' or '\\')
            ? destination
            : fallback;
}
