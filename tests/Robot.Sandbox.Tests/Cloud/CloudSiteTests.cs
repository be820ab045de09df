using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>The Jira Cloud shell: two-step login, the app in an iframe on another origin, tabs and sidebar.</summary>
[TestFixture]
public sealed class CloudSiteTests : CloudUiFixture
{
    [Test]
    public async Task Login_asks_for_the_email_first_then_the_password_on_the_same_page()
    {
        await Page.GotoAsync(CloudUrl(AdminPath).ToString());
        await Expect(Page).ToHaveURLAsync(CloudUrl("/login?continue=" + Uri.EscapeDataString(AdminPath)).ToString());
        var email = Page.GetByLabel("Email", new() { Exact = true });
        var password = Page.GetByLabel("Password", new() { Exact = true });
        await Expect(password).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true })).ToBeHiddenAsync();

        await email.FillAsync(Sandbox.Context.Options.CloudAdmin.User);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        await Expect(password).ToBeVisibleAsync();
        await Expect(email).Not.ToBeEditableAsync();
        await Expect(email).ToHaveValueAsync(Sandbox.Context.Options.CloudAdmin.User);
        Assert.That(Page.Url, Does.Contain("/login"), "step 2 is the same page");

        await password.FillAsync(Sandbox.Context.Options.CloudAdmin.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(CloudUrl(AdminPath).ToString());
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Jira", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Apps", Exact = true })).ToBeVisibleAsync();
        var cookies = await Page.Context.CookiesAsync();
        Assert.That(cookies.Select(c => c.Name), Does.Contain("cloud.session.token"));
    }

    [Test]
    public async Task A_wrong_password_shows_an_error_and_stays_on_the_login_page()
    {
        await LogInAsync(password: "not-the-password");
        await Expect(Page.GetByText("Incorrect email address and / or password.")).ToBeVisibleAsync();
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/login"));
        await Expect(Page.GetByLabel("Password", new() { Exact = true })).ToBeVisibleAsync();

        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Sandbox.Context.Options.CloudAdmin.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(CloudUrl(AdminPath).ToString());
    }

    [Test]
    public async Task The_app_is_an_iframe_served_from_another_origin()
    {
        await LogInAsync();
        var iframe = Page.Locator("iframe[title='Email This Issue']");
        await Expect(iframe).ToBeVisibleAsync();
        var src = new Uri((await iframe.GetAttributeAsync("src"))!);
        Assert.That(src.GetLeftPart(UriPartial.Authority), Is.EqualTo(Sandbox.Urls.App.GetLeftPart(UriPartial.Authority)));
        Assert.That(src.GetLeftPart(UriPartial.Authority), Is.Not.EqualTo(new Uri(Page.Url).GetLeftPart(UriPartial.Authority)));

        await Expect(App.GetByRole(AriaRole.Tab, new() { Name = "General", Exact = true })).ToBeVisibleAsync();
        var appFrame = Page.Frames.Single(f => f != Page.MainFrame);
        Assert.That(new Uri(appFrame.Url).Port, Is.EqualTo(Sandbox.Urls.AppPort));
        // The browser really keeps the two apart: the shell cannot read the app's document.
        var crossOrigin = await Page.EvaluateAsync<bool>(
            "() => { try { return document.querySelector('iframe').contentDocument === null; } catch { return true; } }");
        Assert.That(crossOrigin, Is.True);
    }

    [Test]
    public async Task Tabs_and_the_Administration_sidebar_lead_to_the_connection_list()
    {
        await LogInAsync();
        await Expect(App.GetByRole(AriaRole.Tablist)).ToBeVisibleAsync();
        foreach (var tab in new[] { "General", "Administration", "Templates", "Mail Handlers" })
            await Expect(App.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true })).ToBeVisibleAsync();
        var administration = App.GetByRole(AriaRole.Tab, new() { Name = "Administration", Exact = true });
        await Expect(administration).ToHaveAttributeAsync("aria-selected", "false");

        await administration.ClickAsync();
        await Expect(administration).ToHaveAttributeAsync("aria-selected", "true");
        foreach (var heading in new[] { "INCOMING MAILS", "OUTGOING MAILS", "OAUTH2" })
            await Expect(App.GetByText(heading, new() { Exact = true })).ToBeVisibleAsync();
        foreach (var link in new[] { "Incoming Mail Connections", "Mail Handlers", "Outgoing Mail Connections", "OAuth2 Credentials" })
            await Expect(App.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToBeVisibleAsync();

        await App.GetByRole(AriaRole.Link, new() { Name = "Incoming Mail Connections", Exact = true }).ClickAsync();
        await Expect(App.GetByRole(AriaRole.Heading, new() { Name = "Incoming Mail Connections", Exact = true })).ToBeVisibleAsync();
        var row = App.GetByRole(AriaRole.Row).Filter(new() { Has = App.GetByRole(AriaRole.Cell, new() { Name = "Already On Cloud IMAP", Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "Disabled", Exact = true })).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true })).ToBeVisibleAsync();
    }

    [Test]
    public async Task Without_a_session_the_app_says_it_expired_and_offers_to_log_in_again()
    {
        await Page.GotoAsync(new Uri(Sandbox.Urls.App, "/admin").ToString());
        await Expect(Page.GetByText("Your session has expired. Log in again.")).ToBeVisibleAsync();
        var logIn = Page.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true });
        await Expect(logIn).ToHaveAttributeAsync("target", "_top");
        await logIn.ClickAsync();
        await Expect(Page.GetByLabel("Email", new() { Exact = true })).ToBeVisibleAsync();
        Assert.That(Page.Url, Does.StartWith(CloudUrl("/login").ToString()));
    }
}
