using Robot.Adapters.Browser;

namespace Robot.Adapters.Probe;

/// <summary>
/// The Server's way in, key by key: the admin page's address leads to the login form, then (when the site asks) to
/// Administrator Access, then to the admin page. A refused password stops the walk as a login failure.
/// </summary>
internal sealed class ServerLoginProbe(ServerProbe server)
{
    private SiteSelectors Keys => server.Selectors;

    /// <summary>As the robot's Server page: up to four rounds of login form, Administrator Access and admin page.</summary>
    private static readonly Polly.ResiliencePipeline Rounds = LoginRounds.Build(4, TimeProvider.System);

    private bool loggedIn;

    private bool websudoSeen;

    public async Task LogInAsync()
    {
        server.Begin("open the administration pages");
        await server.Page.GotoAsync(server.Login.Url(Keys.Path("admin.path"))).ConfigureAwait(false);
        await LoginRounds.RunAsync(Rounds, _ => RoundAsync(), () => new ProbeStoppedException(server.Step, "the Server kept asking for a login"),
            CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>One round: the admin page (done), or Administrator Access or the login form answered (another round).</summary>
    private async Task RoundAsync()
    {
        var shown = await WhatShowsAsync().ConfigureAwait(false);
        if (shown == Shown.AdminPage)
        {
            server.Sheet.Record("admin.path", KeyResult.Found);
            if (!websudoSeen) foreach (var key in new[] { "websudo.heading", "websudo.password", "websudo.confirm" })
                server.Sheet.Unchecked(key, "the site did not ask for Administrator Access");
            return;
        }
        if (shown == Shown.WebSudo)
        {
            websudoSeen = true;
            await AdministratorAccessAsync().ConfigureAwait(false);
        }
        else await LoginFormAsync().ConfigureAwait(false);
        throw LoginRounds.Again("the Server asked again");
    }

    private enum Shown { LoginForm, WebSudo, AdminPage }

    private async Task<Shown> WhatShowsAsync()
    {
        var scope = server.Scope;
        var login = Keys.Find(scope, "login.username");
        var websudo = Keys.Find(scope, "websudo.heading");
        var admin = Keys.Find(scope, "admin.connectionsLink").Or(Keys.Find(scope, "list.heading"));
        try
        {
            await login.Or(websudo).Or(admin).First.WaitForAsync().ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Neither a login form, Administrator Access nor the admin page shows: before the login it is the login form's
            // key that misses, after it the admin page's (or Administrator Access's, which the screenshot shows).
            await server.RequireAsync(scope, loggedIn ? "admin.connectionsLink" : "login.username").ConfigureAwait(false);
        }
        if (await PageGuard.ShownAsync(admin).ConfigureAwait(false)) return Shown.AdminPage;
        return await PageGuard.ShownAsync(websudo).ConfigureAwait(false) ? Shown.WebSudo : Shown.LoginForm;
    }

    private async Task LoginFormAsync()
    {
        server.Begin($"log in as {server.Login.User}");
        var scope = server.Scope;
        var user = await server.RequireAsync(scope, "login.username").ConfigureAwait(false);
        var password = await server.RequireAsync(scope, "login.password").ConfigureAwait(false);
        var submit = await server.RequireAsync(scope, "login.submit").ConfigureAwait(false);
        await user.FillAsync(server.Login.User).ConfigureAwait(false);
        await password.FillAsync(server.Login.PasswordToType()).ConfigureAwait(false);
        await PageGuard.ClickAndWaitForNewDocumentAsync(server.Page, submit).ConfigureAwait(false);
        if (await PageGuard.ShownAsync(user).ConfigureAwait(false))
            throw new ProbeLoginException($"the Server refused the login of '{server.Login.User}' (check ROBOT_Server__Password)");
        loggedIn = true;
        var websudo = Keys.Find(scope, "websudo.heading");
        var admin = Keys.Find(scope, "admin.connectionsLink").Or(Keys.Find(scope, "list.heading"));
        // Some Servers land on their dashboard whatever page asked for the login.
        if (!await PageGuard.ShownAsync(websudo).ConfigureAwait(false) && !await PageGuard.ShownAsync(admin).ConfigureAwait(false))
            await server.Page.GotoAsync(server.Login.Url(Keys.Path("admin.path"))).ConfigureAwait(false);
    }

    private async Task AdministratorAccessAsync()
    {
        server.Begin("confirm Administrator Access");
        var scope = server.Scope;
        await server.RequireAsync(scope, "websudo.heading").ConfigureAwait(false);
        var password = await server.RequireAsync(scope, "websudo.password").ConfigureAwait(false);
        var confirm = await server.RequireAsync(scope, "websudo.confirm").ConfigureAwait(false);
        await password.FillAsync(server.Login.PasswordToType()).ConfigureAwait(false);
        await PageGuard.ClickAndWaitForNewDocumentAsync(server.Page, confirm).ConfigureAwait(false);
        var admin = Keys.Find(scope, "admin.connectionsLink").Or(Keys.Find(scope, "list.heading"));
        if (await PageGuard.ShownAsync(Keys.Find(scope, "websudo.heading")).ConfigureAwait(false) && !await PageGuard.ShownAsync(admin).ConfigureAwait(false))
            throw new ProbeLoginException($"the Server refused the Administrator Access password of '{server.Login.User}'");
    }
}

/// <summary>A site refused the login: the probe stops that site and exits 2.</summary>
internal sealed class ProbeLoginException(string message) : Exception(message);
