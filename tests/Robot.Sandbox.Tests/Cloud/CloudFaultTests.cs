using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>Every Save and every Test Connection fails, as the fault options say.</summary>
[TestFixture]
public sealed class CloudFaultTests : CloudUiFixture
{
    protected override SandboxOptions Options => new() { Faults = new FaultOptions { SaveFailureRate = 1.0, TestFailureRate = 1.0 } };

    [Test]
    public async Task Save_fails_with_HTTP_500_and_stores_nothing()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await FillMailConnectionAsync("Never stored", "support@example.test", "Support-Mailbox-7431", Sandbox.Context.Mail.Imaps);
        await Button(AddDialog, "Save").ClickAsync();
        await Expect(App.GetByRole(AriaRole.Alert)).ToContainTextAsync("Something went wrong (HTTP 500). Try again.");
        await Expect(AddDialog).ToBeVisibleAsync();
        Assert.That(StoredConnection(await CloudStateAsync(), "Never stored"), Is.Null);
    }

    [Test]
    public async Task Test_Connection_fails_with_HTTP_503()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await FillMailConnectionAsync("Probe", "support@example.test", "Support-Mailbox-7431", Sandbox.Context.Mail.Imaps);
        await Button(AddDialog, "Test Connection").ClickAsync();
        await Expect(AddDialog.GetByRole(AriaRole.Status)).ToHaveTextAsync("Connection failed: Service temporarily unavailable (HTTP 503)");
    }
}

/// <summary>The session ends after four requests: the fifth, made from inside the app, finds it gone.</summary>
[TestFixture]
public sealed class CloudSessionExpiryTests : CloudUiFixture
{
    protected override SandboxOptions Options => new() { Faults = new FaultOptions { SessionExpiryRequests = 4 } };

    /// <summary>The Server's expiry tests use the same options; requests are counted per session, and each test logs in afresh.</summary>
    protected override bool SharesSandbox => true;

    [Test]
    public async Task The_app_shows_the_expired_message_and_Log_in_leads_to_the_Cloud_login()
    {
        // Requests that count: the admin page (1), the app's page in the iframe (2), the list shown by the
        // Administration tab (3), the list again from the sidebar link (4).
        await OpenConnectionsAsync();
        await App.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync(); // the OAuth2 client list (5)
        await Expect(App.GetByText("Your session has expired. Log in again.")).ToBeVisibleAsync();
        await App.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(Page.GetByLabel("Email", new() { Exact = true })).ToBeVisibleAsync();
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/login"));
        Assert.That(Page.Url, Does.Contain(Uri.EscapeDataString(AdminPath)));
    }
}
