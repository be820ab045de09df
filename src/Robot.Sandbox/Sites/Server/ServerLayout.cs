using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Server;

/// <summary>The page chrome of Jira Server: the blue header bar, the Administration header and the admin sidebar.</summary>
internal static class ServerLayout
{
    private sealed record SidebarLink(string Text, string Href);

    private sealed record SidebarSection(string Heading, IReadOnlyList<SidebarLink> Links);

    private static readonly IReadOnlyList<SidebarSection> Sidebar =
    [
        new("INCOMING EMAILS ADMINISTRATION",
        [
            new("Incoming Mail Connections", ServerPaths.IncomingConnections),
            new("Mail Handlers", ServerPaths.AppBase + "/mail-handlers"),
            new("Processing Queue", ServerPaths.AppBase + "/processing-queue"),
            new("Mail Log", ServerPaths.AppBase + "/mail-log"),
        ]),
        new("OUTGOING EMAILS ADMINISTRATION",
        [
            new("Outgoing Mail Connections", ServerPaths.AppBase + "/outgoing-connections"),
        ]),
        new("SETTINGS",
        [
            new("OAuth2 Credentials", ServerPaths.OAuthCredentials),
            new("General Settings", ServerPaths.AppBase + "/general-settings"),
        ]),
    ];

    /// <summary>The pages behind the sidebar links that the sandbox only sketches: path → title.</summary>
    public static IEnumerable<(string Path, string Title)> SketchedPages =>
        Sidebar.SelectMany(s => s.Links)
            .Where(l => l.Href is not ServerPaths.IncomingConnections and not ServerPaths.OAuthCredentials)
            .Select(l => (l.Href, l.Text));

    public static string Document(string title, string bodyClass, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} - Jira</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/assets/server/server.css">
        <script src="/assets/server/server.js"></script>
        <script src="/assets/server/late-fill.js"></script>
        <script src="/assets/server/oauth-credentials.js"></script>
        </head>
        <body class="{E(bodyClass)}">
        {body}
        </body>
        </html>
        """;

    public static string Header(string? user)
    {
        var right = user is null
            ? ""
            : $"""
              <div class="aui-header-secondary">
                <a class="header-icon" href="{ServerPaths.AdminLanding}" title="Administration" aria-label="Administration"><svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path fill="currentColor" d="M19.4 13a7.7 7.7 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.5 7.5 0 0 0-1.7-1L15 3.3h-4l-.4 2.6a7.5 7.5 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.7 7.7 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.5 7.5 0 0 0 1.7 1l.4 2.6h4l.4-2.6a7.5 7.5 0 0 0 1.7-1l2.5 1 2-3.5zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z" transform="translate(-1 0)"/></svg></a>
                <span class="header-user"><span class="avatar" aria-hidden="true">{E(Initial(user))}</span><span class="user-name">{E(user)}</span></span>
                <a class="header-link" href="{ServerPaths.Logout}">Log Out</a>
              </div>
              """;
        var nav = user is null
            ? ""
            : """
              <ul class="aui-nav">
                <li><a href="/secure/Dashboard.jspa">Dashboards</a></li>
                <li><span class="nav-item" title="Not part of the rehearsal sandbox">Projects</span></li>
                <li><span class="nav-item" title="Not part of the rehearsal sandbox">Issues</span></li>
                <li><span class="nav-item" title="Not part of the rehearsal sandbox">Boards</span></li>
                <li><span class="nav-create" title="Not part of the rehearsal sandbox">Create</span></li>
              </ul>
              """;
        return $"""
            <header class="aui-header" role="banner">
              <div class="aui-header-primary">
                <a class="aui-header-logo" href="{ServerPaths.Dashboard}"><svg aria-hidden="true" viewBox="0 0 32 32" width="24" height="24"><path fill="#fff" d="M28.9 15.1 17 3.2 16 2.1 6.9 11.2 3.1 15.1a1.2 1.2 0 0 0 0 1.7l8.2 8.2 4.7 4.8 9.1-9.1.1-.1 3.7-3.8a1.2 1.2 0 0 0 0-1.7zM16 20l-4.1-4.1L16 11.8l4.1 4.1z"/></svg><span class="logo-text">Jira</span></a>
                {nav}
              </div>
              {right}
            </header>
            """;
    }

    /// <summary>An admin page: header, "Administration" title with its tabs, the sidebar (current link marked), the content.</summary>
    public static string AdminPage(string title, string currentHref, string user, string content)
    {
        var sidebar = string.Join("\n", Sidebar.Select(section => $"""
              <div class="nav-group">
                <h2 class="nav-heading">{E(section.Heading)}</h2>
                <ul>
                  {string.Join("\n", section.Links.Select(l => l.Href == currentHref
                      ? $"""<li class="selected"><a href="{E(l.Href)}" aria-current="page">{E(l.Text)}</a></li>"""
                      : $"""<li><a href="{E(l.Href)}">{E(l.Text)}</a></li>"""))}
                </ul>
              </div>
            """));
        var systemSelected = currentHref == ServerPaths.AdminLanding;
        var body = $"""
            {Header(user)}
            <div class="admin-page-header">
              <h1>Administration</h1>
              <ul class="admin-tabs">
                <li><span title="Not part of the rehearsal sandbox">Applications</span></li>
                <li><span title="Not part of the rehearsal sandbox">Projects</span></li>
                <li><span title="Not part of the rehearsal sandbox">Issues</span></li>
                <li class="{(systemSelected ? "" : "active")}"><a href="{ServerPaths.IncomingConnections}">Manage apps</a></li>
                <li><span title="Not part of the rehearsal sandbox">User management</span></li>
                <li class="{(systemSelected ? "active" : "")}"><a href="{ServerPaths.AdminLanding}">System</a></li>
              </ul>
            </div>
            <div class="admin-body">
              <nav class="admin-sidebar" aria-label="Administration">
                <div class="nav-group app-title">Email This Issue</div>
                {sidebar}
              </nav>
              <main class="admin-content" id="main">
                {content}
              </main>
            </div>
            <div class="flag-container" id="flag-container"></div>
            <footer class="aui-footer">Atlassian Jira Project Management Software · Email This Issue · <strong>Rehearsal sandbox</strong>: nothing here touches a real Jira.</footer>
            """;
        return Document(title, "page-admin", body);
    }

    /// <summary>A centred box on a grey page: the login form and the administrator access step.</summary>
    public static string FocusedPage(string title, string? user, string content) => Document(title, "page-focused", $"""
        {Header(user)}
        <main class="focused-page" id="main">
          <div class="focused-box">
            {content}
          </div>
        </main>
        """);

    private static string Initial(string user) => user.Length == 0 ? "?" : char.ToUpperInvariant(user[0]).ToString();
}
