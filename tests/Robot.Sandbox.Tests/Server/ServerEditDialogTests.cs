using System.Globalization;
using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Server;

/// <summary>The row menu and the Edit dialog on the default seed: spinner first, then the stored values.</summary>
[TestFixture]
public sealed class ServerEditDialogTests : ServerSiteFixture
{
    private ILocator Menu => Page.GetByRole(AriaRole.Menu);

    private async Task OpenMenuAsync(string name)
    {
        await RowOf(name).GetByRole(AriaRole.Button, new() { Name = "More actions", Exact = true }).ClickAsync();
        await Expect(Menu).ToBeVisibleAsync();
    }

    [Test]
    public async Task More_actions_opens_a_menu_with_Edit_Test_Connection_and_Delete()
    {
        await OpenConnectionListAsync();
        await OpenMenuAsync("Sales POP3");

        await Expect(Menu.GetByRole(AriaRole.Menuitem)).ToHaveTextAsync(["Edit", "Test Connection", "Delete"]);
        await Expect(RowOf("Sales POP3").GetByRole(AriaRole.Button, new() { Name = "More actions", Exact = true }))
            .ToHaveAttributeAsync("aria-expanded", "true");

        await Page.Keyboard.PressAsync("Escape");
        await Expect(Menu).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Edit_shows_a_progressbar_first_and_the_stored_values_only_after_it_goes_away()
    {
        await OpenConnectionListAsync();
        // Hold the panel's JSON answer until the spinner has been seen, so the order is proven, not raced.
        var release = new TaskCompletionSource();
        await Page.RouteAsync("**/rest/eti/1.0/incoming/*", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });

        await OpenMenuAsync("Support IMAP STARTTLS");
        await Menu.GetByRole(AriaRole.Menuitem, new() { Name = "Edit", Exact = true }).ClickAsync();

        await Expect(EditDialog).ToBeVisibleAsync();
        await Expect(EditDialog.GetByRole(AriaRole.Progressbar)).ToBeVisibleAsync();
        await Expect(Field("Name")).ToHaveCountAsync(0);
        await Expect(Field("Password")).ToHaveCountAsync(0);

        release.SetResult();
        await Expect(EditDialog.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);

        var mail = Sandbox.Context.Mail;
        await Expect(Field("Name")).ToHaveValueAsync("Support IMAP STARTTLS");
        await Expect(Field("Description")).ToHaveValueAsync("Customer support inbox upgraded with STARTTLS");
        await Expect(Field("Protocol")).ToHaveValueAsync("IMAP");
        await Expect(Field("Encryption")).ToHaveValueAsync("STARTTLS");
        await Expect(Field("Host")).ToHaveValueAsync(mail.Host);
        await Expect(Field("Username")).ToHaveValueAsync("support@example.test");
        await Expect(Field("Password")).ToHaveValueAsync("Support-Mailbox-7431");
        await Expect(Field("Password")).ToHaveAttributeAsync("type", "password");
        await Expect(Field("Port")).ToHaveValueAsync(mail.Imap.ToString(CultureInfo.InvariantCulture));
        await Expect(Field("Timeout")).ToHaveValueAsync("30000");
        await Expect(Field("OAuth Credentials")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Protocol_and_Encryption_are_native_selects_with_the_Server_wording()
    {
        await OpenConnectionListAsync();
        await OpenEditAsync("Sales POP3 SSL");

        await Expect(Field("Protocol").Locator("option")).ToHaveTextAsync(["IMAP", "POP3", "IMAP with OAuth Credentials", "POP3 with OAuth Credentials"]);
        await Expect(Field("Encryption").Locator("option")).ToHaveTextAsync(["No Encryption", "SSL/TLS", "STARTTLS"]);
        await Expect(Field("Protocol")).ToHaveValueAsync("POP3");
        await Expect(Field("Encryption")).ToHaveValueAsync("SSL/TLS");
    }

    [Test]
    public async Task An_OAuth_connection_shows_OAuth_Credentials_instead_of_Password()
    {
        await OpenConnectionListAsync();
        await OpenEditAsync("Microsoft 365 Billing POP (OAuth)");

        await Expect(Field("Protocol")).ToHaveValueAsync("POP3 with OAuth Credentials");
        await Expect(Field("OAuth Credentials")).ToHaveValueAsync("Microsoft 365 Tenant");
        await Expect(Field("Password")).ToHaveCountAsync(0);
        await Expect(Field("Host")).ToHaveValueAsync("outlook.office365.com");
        await Expect(Field("Port")).ToHaveValueAsync("995");
    }

    [Test]
    public async Task The_fields_beyond_the_guides_nine_show_their_stored_values()
    {
        await OpenConnectionListAsync();
        await OpenEditAsync("Helpdesk IMAP");
        await Expect(Field("Interval")).ToHaveValueAsync("5");
        await Expect(Field("Folder")).ToHaveValueAsync("Helpdesk/Incoming");
        await Expect(Field("After download").Locator("option")).ToHaveTextAsync(["Mark as read", "Delete"]);
        await Expect(Field("After download")).ToHaveValueAsync("Delete");
        await Expect(Field("Use a shared mailbox")).Not.ToBeCheckedAsync();
        await Expect(Field("Shared mailbox alias")).ToBeHiddenAsync();
        await EditDialog.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();

        await OpenEditAsync("Billing IMAP SSL");
        await Expect(Field("Use a shared mailbox")).ToBeCheckedAsync();
        await Expect(Field("Shared mailbox alias")).ToHaveValueAsync("accounts@example.test");
        await Expect(Field("Folder")).ToHaveValueAsync("");
        await Expect(Field("After download")).ToHaveValueAsync("Mark as read");
    }

    [Test]
    public async Task Cancel_closes_the_dialog_and_another_row_opens_with_its_own_values()
    {
        await OpenConnectionListAsync();
        await OpenEditAsync("Helpdesk IMAP");
        await Expect(Field("Name")).ToHaveValueAsync("Helpdesk IMAP");

        await EditDialog.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
        await Expect(EditDialog).ToHaveCountAsync(0);

        await OpenEditAsync("Ops POP3");
        await Expect(Field("Name")).ToHaveValueAsync("Ops POP3");
        await Expect(Field("Timeout")).ToHaveValueAsync("5000");
    }

    [Test]
    public async Task Save_says_the_sandbox_Server_is_read_only()
    {
        await OpenConnectionListAsync();
        await OpenEditAsync("Legal IMAP SSL");
        await Field("Description").FillAsync("changed");
        await EditDialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(EditDialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("read-only");
        Assert.That(Sandbox.Context.Server.All.Single(c => c.Name == "Legal IMAP SSL").Description, Is.EqualTo("Contracts and NDAs"));
    }

    [Test]
    public async Task Test_Connection_really_logs_in_and_shows_the_result_in_a_status_flag()
    {
        await OpenConnectionListAsync();
        await OpenMenuAsync("Support IMAP SSL");
        await Menu.GetByRole(AriaRole.Menuitem, new() { Name = "Test Connection", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Connection successful");

        await OpenMenuAsync("Wrong Password IMAP");
        await Menu.GetByRole(AriaRole.Menuitem, new() { Name = "Test Connection", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Connection failed");
        await Expect(RowOf("Wrong Password IMAP").Locator(".status-lozenge")).ToHaveTextAsync("Failed");
    }

    [Test]
    public async Task Delete_asks_to_confirm_and_the_sandbox_refuses()
    {
        await OpenConnectionListAsync();
        await OpenMenuAsync("Billing POP3 SSL");
        await Menu.GetByRole(AriaRole.Menuitem, new() { Name = "Delete", Exact = true }).ClickAsync();

        var confirm = Page.GetByRole(AriaRole.Alertdialog, new() { Name = "Delete Incoming Mail Connection" });
        await Expect(confirm).ToContainTextAsync("Billing POP3 SSL");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deleting is disabled in the rehearsal sandbox");
        await Expect(RowOf("Billing POP3 SSL")).ToBeVisibleAsync();
    }

    [Test]
    public async Task OAuth2_Credentials_lists_the_Server_credentials()
    {
        await OpenAsAdminAsync("/secure/admin/ViewApplicationProperties.jspa");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration", Exact = true })
            .GetByRole(AriaRole.Link, new() { Name = "OAuth2 Credentials", Exact = true }).ClickAsync();

        await Expect(Heading("OAuth2 Credentials")).ToBeVisibleAsync();
        var rows = Page.Locator("#oauth2-credentials tbody tr");
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Legacy Google Project" })).ToContainTextAsync("Google");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Microsoft 365 Tenant" })).ToContainTextAsync("Microsoft");
    }
}
