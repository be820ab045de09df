using Robot.Sandbox.Hosting;
using Robot.Sandbox.Sites.Server;
using Robot.Sandbox.Sites.Shared;
using static Robot.Sandbox.Sites.Server.Html;

namespace Robot.Sandbox.Sites.Alt;

/// <summary>
/// The alt skin's Server site. Its own pages and script (Assets/alt/server.*); the data, the session store and the JSON
/// API behind the dialog (/rest/eti/1.0/incoming, with its real Test Connection) are the sandbox's shared ones.
/// There is no administrator access step, and a login always lands on the dashboard, whatever page asked for it.
/// </summary>
public static class AltServerSite
{
    private const string WrongLogin = "Sorry, your username and password are incorrect - please try again.";

    public static IEndpointRouteBuilder MapAltServerSite(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        var words = new AltWords(context.Options.LegacyLabels);
        var health = new ConnectionHealth(context.Server);
        routes.MapEmbeddedAssets();
        routes.MapGet("/", () => Results.Redirect(AltServerPaths.Dashboard));
        routes.MapGet(AltServerPaths.Login, () => Page(LoginPage(context, words, error: null)));
        routes.MapPost(AltServerPaths.Login, async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var admin = context.Options.ServerAdmin;
            if (!string.Equals(form["username"].ToString().Trim(), admin.User, StringComparison.OrdinalIgnoreCase) || form["password"].ToString() != admin.Password)
                return Page(LoginPage(context, words, WrongLogin));
            // This app version has no separate administrator access step: the login is enough for the API too.
            context.ServerSessions.SignIn(http, admin.User).AdminAccessConfirmed = true;
            return Results.Redirect(AltServerPaths.Dashboard);
        });
        routes.MapGet(AltServerPaths.Logout, (HttpContext http) =>
        {
            context.ServerSessions.SignOut(http);
            return Results.Redirect(AltServerPaths.Login);
        });

        var pages = routes.MapGroup("").RequireServerSession(context, Gate.Page);
        pages.MapGet(AltServerPaths.Dashboard, (HttpContext http) => Page(Dashboard(http.ServerSession().User, context, words)));
        pages.MapGet(AltServerPaths.AppHome, (HttpContext http) => Page(AppHome(http.ServerSession().User, context, words)));
        pages.MapGet(AltServerPaths.OAuth, (HttpContext http) => Page(OAuthPage(http.ServerSession().User, context, words)));
        foreach (var (path, title) in new[] { (AltServerPaths.Outgoing, "Outgoing Mail Connections"), (AltServerPaths.Handlers, "Mail Handlers") })
            pages.MapGet(path, (HttpContext http) => Page(AltServerLayout.AppPage(title, path, http.ServerSession().User,
                $"""<h1 class="dc-title">{E(title)}</h1><p>Not part of the rehearsal sandbox.</p>""", context, words)));
        AltConnectionListPage.Map(pages, context, words, health);

        ConnectionApi.Map(routes.MapGroup("").RequireServerSession(context, Gate.Api), context, health);
        return routes;
    }

    private static string LoginPage(SandboxContext context, AltWords words, string? error) => AltServerLayout.Document("Log in", $"""
        {AltServerLayout.TopBar(null)}
        <main class="dc-login">
          <form class="dc-card" method="post" action="{AltServerPaths.Login}">
            <h1 class="dc-title">Welcome to Jira</h1>
            {(error is null ? "" : $"""<p class="dc-error" role="alert">{E(error)}</p>""")}
            <p class="dc-field"><label for="login-username">Username</label><input id="login-username" name="username" autocomplete="username" autofocus></p>
            <p class="dc-field"><label for="login-password">Password</label><input id="login-password" name="password" type="password" autocomplete="current-password"></p>
            <p class="dc-check"><input type="checkbox" id="login-remember" name="remember"><label for="login-remember">Keep me logged in</label></p>
            <button class="dc-button dc-primary" type="submit">Log in</button>
          </form>
        </main>
        """, context, words);

    private static string Dashboard(string user, SandboxContext context, AltWords words) => AltServerLayout.Document("System dashboard", $"""
        {AltServerLayout.TopBar(user)}
        <main class="dc-dashboard">
          <h1 class="dc-title">System dashboard</h1>
          <div class="dc-gadgets">
            <section class="dc-gadget"><h2>Introduction</h2><p>Welcome back, {E(user)}. This is the rehearsal sandbox (alt skin).</p></section>
            <section class="dc-gadget"><h2>Assigned to me</h2><p>You have no open issues.</p></section>
            <section class="dc-gadget"><h2>Activity stream</h2><p>No recent activity.</p></section>
          </div>
        </main>
        """, context, words);

    private static string AppHome(string user, SandboxContext context, AltWords words) => AltServerLayout.AppPage("Email This Issue", AltServerPaths.AppHome, user, $"""
        <h1 class="dc-title">Email This Issue</h1>
        <p>Configure how Jira fetches mail and turns it into issues. {context.Server.All.Count} {E(words.Thing)}(s) configured.</p>
        """, context, words);

    private static string OAuthPage(string user, SandboxContext context, AltWords words)
    {
        var rows = string.Join("\n", context.Server.OAuthCredentials.Select(o =>
            $"""<tr><td>{E(o.Name)}</td><td>{E(CloudVocabulary.NormalizeOAuthProvider(o.Provider) ?? o.Provider)}</td></tr>"""));
        return AltServerLayout.AppPage("OAuth2 Credentials", AltServerPaths.OAuth, user, $"""
            <h1 class="dc-title">OAuth2 Credentials</h1>
            <table class="dc-table"><thead><tr><th>Name</th><th>Service Provider</th></tr></thead><tbody>{rows}</tbody></table>
            """, context, words);
    }
}
