using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>The Add / Edit panel against the sandbox's own Dovecot, clicked through in Chromium.</summary>
[TestFixture]
public sealed class CloudConnectionTests : CloudUiFixture
{
    private const string Support = "support@example.test";
    private const string SupportPassword = "Support-Mailbox-7431";

    private ILocator Status => AddDialog.GetByRole(AriaRole.Status);
    private ILocator ErrorFlag => App.GetByRole(AriaRole.Alert);

    [Test]
    public async Task The_custom_dropdowns_open_on_click_and_select_an_option()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        var provider = AddDialog.GetByRole(AriaRole.Combobox, new() { Name = "Service Provider", Exact = true });
        await Expect(provider).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.That(await provider.EvaluateAsync<string>("e => e.tagName"), Is.EqualTo("DIV"), "a custom dropdown, not a native select");
        await Expect(AddDialog.Locator("select")).ToHaveCountAsync(0);

        await provider.ClickAsync();
        await Expect(provider).ToHaveAttributeAsync("aria-expanded", "true");
        var listbox = AddDialog.GetByRole(AriaRole.Listbox);
        await Expect(listbox).ToBeVisibleAsync();
        Assert.That(await provider.GetAttributeAsync("aria-controls"), Is.EqualTo(await listbox.GetAttributeAsync("id")));
        await Expect(listbox.GetByRole(AriaRole.Option)).ToHaveTextAsync(
            new[] { "General IMAP4 service", "General POP3 service", "GMail/GSuite with OAuth2", "Microsoft365 with OAuth2" });

        await listbox.GetByRole(AriaRole.Option, new() { Name = "General POP3 service", Exact = true }).ClickAsync();
        await Expect(listbox).ToBeHiddenAsync();
        await Expect(provider).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(provider).ToHaveTextAsync("General POP3 service");

        // The keyboard works too: open with ArrowDown, move, choose with Enter.
        var encryption = AddDialog.GetByRole(AriaRole.Combobox, new() { Name = "Encryption", Exact = true });
        await Expect(encryption).ToHaveTextAsync("None");
        await encryption.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(encryption).ToHaveAttributeAsync("aria-expanded", "true");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(encryption).ToHaveTextAsync("SSL/TLS");
        await Expect(encryption).ToHaveAttributeAsync("aria-expanded", "false");

        await Button(AddDialog, "Cancel").ClickAsync();
        await Expect(AddDialog).ToBeHiddenAsync();
    }

    [Test]
    public async Task Adding_an_IMAP_SSL_connection_tests_it_against_Dovecot_saves_it_disabled_and_lists_it()
    {
        const string name = "Test IMAP SSL 🚀 <b>bold</b> \"quoted\"";
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await FillMailConnectionAsync(name, Support, SupportPassword, Sandbox.Context.Mail.Imaps, description: "שלום <script>alert(1)</script>");

        await Button(AddDialog, "Test Connection").ClickAsync();
        await Expect(Status).ToHaveTextAsync("Connection successful");

        await Button(AddDialog, "Save").ClickAsync();
        await Expect(App.GetByText($"Incoming mail connection '{name}' was saved.")).ToBeVisibleAsync();
        await Expect(AddDialog).ToBeHiddenAsync();
        var row = App.GetByRole(AriaRole.Row).Filter(new() { Has = App.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "Disabled", Exact = true })).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "General IMAP4 service", Exact = true })).ToBeVisibleAsync();

        var stored = StoredConnection(await CloudStateAsync(), name);
        Assert.That(stored, Is.Not.Null);
        var c = stored!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(c.GetProperty("enabled").GetBoolean(), Is.False);
            Assert.That(c.GetProperty("serviceProvider").GetString(), Is.EqualTo("General IMAP4 service"));
            Assert.That(c.GetProperty("encryption").GetString(), Is.EqualTo("SSL/TLS"));
            Assert.That(c.GetProperty("host").GetString(), Is.EqualTo(Sandbox.Context.Mail.Host));
            Assert.That(c.GetProperty("port").GetInt32(), Is.EqualTo(Sandbox.Context.Mail.Imaps));
            Assert.That(c.GetProperty("username").GetString(), Is.EqualTo(Support));
            Assert.That(c.GetProperty("password").GetString(), Is.EqualTo(SupportPassword));
            Assert.That(c.GetProperty("timeout").GetInt32(), Is.EqualTo(10000));
            Assert.That(c.GetProperty("description").GetString(), Is.EqualTo("שלום <script>alert(1)</script>"));
        });
    }

    [Test]
    public async Task A_POP3_STARTTLS_connection_tests_successfully()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await FillMailConnectionAsync("POP3 STARTTLS probe", "sales@example.test", "Sales-Mailbox-2286", Sandbox.Context.Mail.Pop3,
            provider: "General POP3 service", encryption: "STARTTLS");
        await Button(AddDialog, "Test Connection").ClickAsync();
        await Expect(Status).ToHaveTextAsync("Connection successful");
    }

    [Test]
    public async Task A_wrong_password_fails_with_Dovecots_own_words()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await FillMailConnectionAsync("Wrong password probe", Support, "Not-The-Password", Sandbox.Context.Mail.Imaps);
        await Button(AddDialog, "Test Connection").ClickAsync();
        await Expect(Status).ToContainTextAsync("Connection failed:");
        await Expect(Status).ToContainTextAsync("Authentication failed");
    }

    [Test]
    public async Task A_closed_port_fails()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await FillMailConnectionAsync("Closed port probe", Support, SupportPassword, FreePort.Pick(), encryption: "None");
        await Button(AddDialog, "Test Connection").ClickAsync();
        await Expect(Status).ToContainTextAsync("Connection failed:");
        await Expect(Status).Not.ToContainTextAsync("successful");
    }

    [Test]
    public async Task A_duplicate_name_is_refused_with_a_clear_message()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await FillMailConnectionAsync("already on cloud IMAP", Support, SupportPassword, Sandbox.Context.Mail.Imaps);
        await Button(AddDialog, "Save").ClickAsync();
        await Expect(ErrorFlag).ToContainTextAsync("A connection named 'already on cloud IMAP' already exists.");
        await Expect(AddDialog).ToBeVisibleAsync();
        var cloud = await CloudStateAsync();
        Assert.That(cloud.GetProperty("connections").EnumerateArray().Count(c =>
            string.Equals(c.GetProperty("name").GetString(), "Already On Cloud IMAP", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1));
    }

    [Test]
    public async Task Port_70000_is_refused()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await FillMailConnectionAsync("Port out of range", Support, SupportPassword, 70000);
        await Button(AddDialog, "Save").ClickAsync();
        await Expect(ErrorFlag).ToContainTextAsync("Port must be a whole number from 1 to 65535.");
        await Expect(AddDialog.GetByLabel("Port", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.That(StoredConnection(await CloudStateAsync(), "Port out of range"), Is.Null);
    }

    [Test]
    public async Task Required_fields_are_checked_by_the_server()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await Button(AddDialog, "Save").ClickAsync();
        await Expect(ErrorFlag).ToContainTextAsync("Name is required.");
        await Expect(ErrorFlag).ToContainTextAsync("Host is required.");
        await Expect(ErrorFlag).ToContainTextAsync("Username is required.");
    }

    [Test]
    public async Task An_OAuth2_provider_trades_the_password_for_its_own_clients()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await ChooseAsync(AddDialog, "Service Provider", "GMail/GSuite with OAuth2");
        await Expect(AddDialog.GetByLabel("Password", new() { Exact = true })).ToBeHiddenAsync();
        await Expect(AddDialog.GetByLabel("Username", new() { Exact = true })).ToBeVisibleAsync();
        var credentials = AddDialog.GetByRole(AriaRole.Combobox, new() { Name = "OAuth2 Credentials", Exact = true });
        await credentials.ClickAsync();
        await Expect(AddDialog.GetByRole(AriaRole.Option)).ToHaveTextAsync(new[] { "Google Workspace" });
        await AddDialog.GetByRole(AriaRole.Option, new() { Name = "Google Workspace", Exact = true }).ClickAsync();

        await FillAsync(AddDialog, "Name", "Gmail OAuth via panel");
        await ChooseAsync(AddDialog, "Encryption", "SSL/TLS");
        await FillAsync(AddDialog, "Host", "imap.gmail.com");
        await FillAsync(AddDialog, "Port", "993");
        await FillAsync(AddDialog, "Username", "gsupport@example.test");
        await Button(AddDialog, "Test Connection").ClickAsync();
        await Expect(Status).ToHaveTextAsync("Connection successful");
        await Button(AddDialog, "Save").ClickAsync();
        await Expect(App.GetByText("Incoming mail connection 'Gmail OAuth via panel' was saved.")).ToBeVisibleAsync();

        var c = StoredConnection(await CloudStateAsync(), "Gmail OAuth via panel")!.Value;
        Assert.That(c.GetProperty("oAuth2Credentials").GetString(), Is.EqualTo("Google Workspace"));
        Assert.That(c.GetProperty("serviceProvider").GetString(), Is.EqualTo("GMail/GSuite with OAuth2"));
        Assert.That(c.GetProperty("password").GetString(), Is.Empty);
    }

    [Test]
    public async Task Edit_is_prefilled_without_the_password_and_a_blank_password_keeps_the_stored_one()
    {
        await OpenConnectionsAsync();
        var row = App.GetByRole(AriaRole.Row).Filter(new() { Has = App.GetByRole(AriaRole.Cell, new() { Name = "Already On Cloud IMAP", Exact = true }) });
        await row.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true }).ClickAsync();
        var dialog = App.GetByRole(AriaRole.Dialog, new() { Name = "Edit Incoming Mail Connection", Exact = true });
        await Expect(dialog.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Already On Cloud IMAP");
        await Expect(dialog.GetByLabel("Username", new() { Exact = true })).ToHaveValueAsync("marketing@example.test");
        await Expect(dialog.GetByLabel("Password", new() { Exact = true })).ToHaveValueAsync("");
        await Expect(dialog.GetByRole(AriaRole.Combobox, new() { Name = "Encryption", Exact = true })).ToHaveTextAsync("SSL/TLS");

        await Button(dialog, "Test Connection").ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Status)).ToHaveTextAsync("Connection successful");

        await dialog.GetByLabel("Description", new() { Exact = true }).FillAsync("Edited by a test");
        await Button(dialog, "Save").ClickAsync();
        await Expect(App.GetByText("Incoming mail connection 'Already On Cloud IMAP' was saved.")).ToBeVisibleAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var c = StoredConnection(await CloudStateAsync(), "Already On Cloud IMAP")!.Value;
        Assert.That(c.GetProperty("description").GetString(), Is.EqualTo("Edited by a test"));
        Assert.That(c.GetProperty("password").GetString(), Is.EqualTo("Marketing-Mailbox-4463"));
        Assert.That(c.GetProperty("enabled").GetBoolean(), Is.False);
    }
}
