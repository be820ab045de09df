using Microsoft.Playwright;

namespace Robot.Adapters.Browser;

/// <summary>
/// Gets the Cloud page into the app: the two-step login when asked, the app's admin page inside its iframe, and the
/// Administration tab's sections. Logs in once per run when a <see cref="SharedSession"/> is given.
/// </summary>
internal sealed class CloudNavigator(CloudPage cloud, CloudElements elements, SharedSession? session)
{
    /// <summary>How often the admin page is opened while the site asks for a login: once, once more after logging in, once more after an expired app.</summary>
    private const int Rounds = 3;

    private readonly Polly.ResiliencePipeline rounds = LoginRounds.Build(Rounds, cloud.Options.Clock);

    private SiteSelectors Selectors => cloud.Selectors;

    public async Task OpenAppAsync(CancellationToken cancellationToken)
    {
        // The first page of the run logs in; the others wait for it and start from its storage state.
        using var turn = !cloud.IsOpen && session is not null ? await session.WaitForLoginAsync(cancellationToken).ConfigureAwait(false) : null;
        if (!cloud.IsOpen) await cloud.OpenPageAsync(session?.StorageState).ConfigureAwait(false);
        cloud.OnList = false;
        // Already in the app with nothing wrong since: its tabs are a known starting point, no need to load it again.
        if (!cloud.ReloadNeeded
            && await PageGuard.ShownAsync(Selectors.Find(cloud.App, "app.administrationTab")).ConfigureAwait(false)
            && !await cloud.PanelOpenAsync().ConfigureAwait(false)
            && !await cloud.ExpiredNowAsync().ConfigureAwait(false))
            return;
        await LoginRounds.RunAsync(rounds, _ => OpenAppRoundAsync(turn),
            () => new Robot.Domain.Ports.SystemFaultException("the Cloud kept showing the login page or an expired session"), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>One round: the admin page, then the app's tabs (done) or a login (another round).</summary>
    private async Task OpenAppRoundAsync(SharedSession.LoginTurn? turn)
    {
        cloud.Step("Cloud: open the Email This Issue admin page");
        await cloud.Page.GotoAsync(cloud.Login.Url(Selectors.Path("app.path"))).ConfigureAwait(false);
        SavedSessionGuard.ThrowIfLeftSite(cloud.Page, cloud.Login);
        var email = Selectors.Find(cloud.Top, "login.email");
        await email.Or(Selectors.Find(cloud.Top, "app.frame")).First.WaitForAsync().ConfigureAwait(false);
        if (await PageGuard.ShownAsync(email).ConfigureAwait(false))
        {
            await LogInAsync(turn).ConfigureAwait(false);
            throw LoginRounds.Again("the Cloud showed its login page");
        }
        var tab = Selectors.Find(cloud.App, "app.administrationTab");
        var expired = Selectors.Find(cloud.App, "app.sessionExpired");
        await elements.ActAsync("app.administrationTab", tab, elements.App, target => target.Or(expired).First.WaitForAsync()).ConfigureAwait(false);
        if (await PageGuard.ShownAsync(tab).ConfigureAwait(false))
        {
            cloud.ReloadNeeded = false;
            if (turn is not null) await turn.PublishAsync(cloud.Context!).ConfigureAwait(false);
            return;
        }
        // The shell let us in but the app says the session is gone: log in again from the login page.
        cloud.Step("Cloud: the app says the session has expired; log in again");
        await cloud.Page.GotoAsync(cloud.Login.Url(Selectors.Path("login.path"))).ConfigureAwait(false);
        await LogInAsync(turn).ConfigureAwait(false);
        throw LoginRounds.Again("the Cloud app said the session has expired");
    }

    private async Task LogInAsync(SharedSession.LoginTurn? turn)
    {
        var login = cloud.Login;
        SavedSessionGuard.ThrowInsteadOfTyping(login);
        cloud.Step($"Cloud: log in as {login.User} (email, Continue, password, Log in)");
        var email = Selectors.Find(cloud.Top, "login.email");
        var password = Selectors.Find(cloud.Top, "login.password");
        if (await email.IsEditableAsync().ConfigureAwait(false))
        {
            await email.FillAsync(login.User).ConfigureAwait(false);
            await Selectors.Find(cloud.Top, "login.continue").ClickAsync().ConfigureAwait(false);
        }
        await cloud.FillSecretAsync(password, login.PasswordToType()).ConfigureAwait(false);
        await PageGuard.ClickAndWaitForNewDocumentAsync(cloud.Page, Selectors.Find(cloud.Top, "login.submit")).ConfigureAwait(false);
        if (await PageGuard.ShownAsync(email).ConfigureAwait(false))
        {
            var refused = new SiteLoginException($"the Cloud refused the login of '{login.User}' (check ROBOT_Cloud__Password)");
            turn?.Refused(refused);
            throw refused;
        }
    }

    /// <summary>Administration tab, then the sidebar link of <paramref name="linkKey"/>; the caller waits for what it opens.</summary>
    public async Task OpenSectionAsync(string linkKey, string what, CancellationToken cancellationToken)
    {
        await OpenAppAsync(cancellationToken).ConfigureAwait(false);
        cloud.Step($"Cloud: Administration tab → {what}");
        await elements.ClickAsync(cloud.App, "app.administrationTab", elements.App).ConfigureAwait(false);
        await elements.ClickAsync(cloud.App, linkKey, elements.App).ConfigureAwait(false);
        cloud.OnList = false;
    }
}
