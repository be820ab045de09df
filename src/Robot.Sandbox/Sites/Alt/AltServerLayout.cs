using Robot.Sandbox.Hosting;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Alt;

/// <summary>The alt Server's addresses: Jira's own pages where Jira has them, the app's pages under its own servlet.</summary>
internal static class AltServerPaths
{
    public const string Login = "/login.jsp";
    public const string Logout = "/logout";
    public const string Dashboard = "/secure/Dashboard.jspa";
    public const string AppHome = "/plugins/servlet/eti-admin";
    public const string Connections = AppHome + "/incoming-mail";
    public const string OAuth = AppHome + "/oauth2";
    public const string Outgoing = AppHome + "/outgoing-mail";
    public const string Handlers = AppHome + "/mail-handlers";
}

/// <summary>
/// The chrome of the alt Server (a Data Center 9 look): a dark top bar with an Administration cog, and on the app's
/// pages a collapsible side navigation of its own. Written apart from Sites/Server; only HTML encoding is shared.
/// </summary>
internal static class AltServerLayout
{
    private static readonly (string Heading, (string Text, string Href)[] Links)[] Navigation =
    [
        ("INCOMING EMAILS ADMINISTRATION", [("{connections}", AltServerPaths.Connections), ("Mail Handlers", AltServerPaths.Handlers)]),
        ("OUTGOING EMAILS ADMINISTRATION", [("Outgoing Mail Connections", AltServerPaths.Outgoing)]),
        ("SETTINGS", [("OAuth2 Credentials", AltServerPaths.OAuth)]),
    ];

    public static string Document(string title, string body, SandboxContext context, AltWords words) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{E(title)} · Jira</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="/assets/alt/server.css">
        <script src="/assets/alt/server.js"></script>
        </head>
        <body class="dc" data-fill="{E(FillName(context.Options.AltFill))}" data-words="{E(words.ServerJson())}">
        {body}
        <div class="dc-flags" id="dc-flags" aria-live="polite"></div>
        </body>
        </html>
        """;

    private static string FillName(AltFill fill) => fill switch
    {
        AltFill.Together => "together",
        AltFill.NameFirst => "name-first",
        AltFill.StaleFirst => "stale-first",
        AltFill.Never => "never",
        _ => "mixed",
    };

    public static string TopBar(string? user) => user is null
        ? """<div class="dc-topbar"><span class="dc-brand">Jira Software</span></div>"""
        : $"""
          <div class="dc-topbar">
            <a class="dc-brand" href="{AltServerPaths.Dashboard}">Jira Software</a>
            <nav class="dc-topnav" aria-label="Jira">
              <a href="{AltServerPaths.Dashboard}">Dashboards</a>
              <span class="dc-muted">Projects</span>
              <span class="dc-muted">Issues</span>
            </nav>
            <div class="dc-topbar-end">
              <a class="dc-cog" href="{AltServerPaths.AppHome}" title="Jira administration"><span aria-hidden="true">⚙</span><span class="dc-sr">Jira administration</span></a>
              <span class="dc-user" title="{E(user)}">{E(user)}</span>
              <a class="dc-logout" href="{AltServerPaths.Logout}">Sign out</a>
            </div>
          </div>
          """;

    /// <summary>An app page: top bar, the app's side navigation (current link marked), the content.</summary>
    public static string AppPage(string title, string current, string user, string content, SandboxContext context, AltWords words)
    {
        var nav = string.Join("\n", Navigation.Select(section => $"""
            <section class="dc-navsection">
              <p class="dc-navheading">{E(section.Heading)}</p>
              {string.Join("\n", section.Links.Select(link =>
              {
                  var text = link.Text == "{connections}" ? words.ServerConnections : link.Text;
                  return link.Href == current
                      ? $"""<a class="dc-navlink is-current" href="{link.Href}" aria-current="page">{E(text)}</a>"""
                      : $"""<a class="dc-navlink" href="{link.Href}">{E(text)}</a>""";
              }))}
            </section>
            """));
        return Document(title, $"""
            {TopBar(user)}
            <div class="dc-shell">
              <aside class="dc-sidenav"><p class="dc-apptitle">Email This Issue</p><nav aria-label="Email This Issue">{nav}</nav></aside>
              <div class="dc-main">{content}</div>
            </div>
            """, context, words);
    }
}
