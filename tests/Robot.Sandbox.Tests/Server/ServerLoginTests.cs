using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Server;

/// <summary>Login form, the once-per-session Administrator Access step, the admin sidebar (default seed).</summary>
[TestFixture]
public sealed class ServerLoginTests : ServerSiteFixture
{
    /// <summary>Every test here goes through the login pages: they are what it proves.</summary>
    protected override bool ReusesLogin => false;

    [Test]
    public async Task Login_then_administrator_access_then_the_sidebar_link_reaches_the_connection_list()
    {
        await OpenConnectionListAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/plugins/servlet/eti/incoming-connections$"));
        await Expect(Page.GetByText("Showing 1–20 of 24", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Button("More actions")).ToHaveCountAsync(20);
        await Expect(RowOf("Support IMAP")).ToBeVisibleAsync();
    }

    [Test]
    public async Task The_sidebar_has_the_three_sections_and_their_links()
    {
        await OpenAsAdminAsync("/secure/admin/ViewApplicationProperties.jspa");
        var sidebar = Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration", Exact = true });
        foreach (var heading in new[] { "INCOMING EMAILS ADMINISTRATION", "OUTGOING EMAILS ADMINISTRATION", "SETTINGS" })
            await Expect(sidebar.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
        foreach (var link in new[] { "Incoming Mail Connections", "Mail Handlers", "Processing Queue", "Mail Log", "Outgoing Mail Connections", "OAuth2 Credentials", "General Settings" })
            await Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Jira");
        await Expect(Heading("Administration")).ToBeVisibleAsync();
    }

    [Test]
    public async Task Administrator_access_is_asked_once_per_session()
    {
        await OpenAsAdminAsync("/plugins/servlet/eti/oauth2-credentials");
        await Expect(Heading("OAuth2 Credentials")).ToBeVisibleAsync();

        await Page.GotoAsync(Url("/plugins/servlet/eti/incoming-connections"));
        await Expect(Heading("Incoming Mail Connections")).ToBeVisibleAsync();
        await Expect(Heading("Administrator Access")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task A_wrong_password_shows_an_error_and_stays_on_the_login_page()
    {
        await Page.GotoAsync(Url("/login.jsp"));
        await LogInOnFormAsync("not-the-password");

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("username and password are incorrect");
        await Expect(Heading("Log in")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Username", ExactLabel)).ToHaveValueAsync(Sandbox.Context.Options.ServerAdmin.User);
    }

    [Test]
    public async Task A_wrong_administrator_access_password_is_refused()
    {
        await Page.GotoAsync(Url("/plugins/servlet/eti/incoming-connections"));
        await LogInOnFormAsync();
        await ConfirmAdminAccessAsync("not-the-password");

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("password you entered is incorrect");
        await ConfirmAdminAccessAsync();
        await Expect(Heading("Incoming Mail Connections")).ToBeVisibleAsync();
    }

    [Test]
    public async Task A_page_without_a_session_goes_to_the_login_page_and_back_after_login()
    {
        await Page.GotoAsync(Url("/plugins/servlet/eti/incoming-connections?page=2"));
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape("/login.jsp?os_destination=%2Fplugins%2Fservlet%2Feti%2Fincoming-connections%3Fpage%3D2")));

        await LogInOnFormAsync();
        await ConfirmAdminAccessAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape("/plugins/servlet/eti/incoming-connections?page=2")));
        await Expect(Page.GetByText("Showing 21–24 of 24", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Test]
    public async Task Root_redirects_to_the_admin_landing_page()
    {
        await Page.GotoAsync(Url("/"));
        await LogInOnFormAsync();
        await ConfirmAdminAccessAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape("/secure/admin/ViewApplicationProperties.jspa")));
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration", Exact = true })).ToBeVisibleAsync();
    }

    [Test]
    public async Task Log_out_ends_the_session()
    {
        await OpenAsAdminAsync("/secure/admin/ViewApplicationProperties.jspa");
        await Link("Log Out").ClickAsync();
        await Page.GotoAsync(Url("/plugins/servlet/eti/incoming-connections"));
        await Expect(Heading("Log in")).ToBeVisibleAsync();
    }

    [Test]
    public async Task The_json_endpoint_answers_401_without_a_session_or_without_administrator_access()
    {
        using (var http = new HttpClient())
        {
            var anonymous = await http.GetAsync(Url("/rest/eti/1.0/incoming/1"));
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        await Page.GotoAsync(Url("/secure/Dashboard.jspa"));
        await LogInOnFormAsync();
        await Expect(Heading("System Dashboard")).ToBeVisibleAsync();
        var withoutAdminAccess = await Page.APIRequest.GetAsync(Url("/rest/eti/1.0/incoming/1"));
        Assert.That(withoutAdminAccess.Status, Is.EqualTo(401));
    }

    [TestCase("//evil.example/x")]
    [TestCase("/\\evil.example/x")]
    [TestCase("/\t/evil.example/x")]
    [TestCase("https://evil.example/x")]
    [TestCase("/caf\u00e9")]
    public async Task Login_never_redirects_to_another_host_or_to_an_unsendable_address(string destination)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        var admin = Sandbox.Context.Options.ServerAdmin;
        var response = await http.PostAsync(Url("/login.jsp"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["os_username"] = admin.User, ["os_password"] = admin.Password, ["os_destination"] = destination,
        }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/secure/Dashboard.jspa"));
    }
}
