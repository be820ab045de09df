using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Server;

/// <summary>
/// Session expiry after 4 requests. Logging in to a page costs exactly 4 (the page → Administrator Access,
/// the access form, its answer, the page), so the next action is the one that finds the session gone.
/// </summary>
[TestFixture]
public sealed class ServerSessionExpiryTests : ServerSiteFixture
{
    protected override SandboxOptions Options => new() { Faults = new FaultOptions { SessionExpiryRequests = 4 } };

    /// <summary>The Cloud's expiry test uses the same options; requests are counted per session, and each test logs in afresh.</summary>
    protected override bool SharesSandbox => true;

    [Test]
    public async Task The_next_page_after_expiry_is_the_login_page_and_login_returns_there()
    {
        await OpenAsAdminAsync("/secure/admin/ViewApplicationProperties.jspa");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration", Exact = true })
            .GetByRole(AriaRole.Link, new() { Name = "Incoming Mail Connections", Exact = true }).ClickAsync();
        await Expect(Heading("Log in")).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape("/login.jsp?os_destination=%2Fplugins%2Fservlet%2Feti%2Fincoming-connections")));

        await LogInOnFormAsync();
        await ConfirmAdminAccessAsync();
        await Expect(Heading("Incoming Mail Connections")).ToBeVisibleAsync();
    }

    [Test]
    public async Task Edit_after_expiry_lands_on_the_login_page()
    {
        await OpenAsAdminAsync("/plugins/servlet/eti/incoming-connections");
        await Expect(Heading("Incoming Mail Connections")).ToBeVisibleAsync();

        await RowOf("Support IMAP").GetByRole(AriaRole.Button, new() { Name = "More actions", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Edit", Exact = true }).ClickAsync();

        await Expect(Heading("Log in")).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape("/login.jsp?os_destination=%2Fplugins%2Fservlet%2Feti%2Fincoming-connections")));
    }
}
