using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Alt;

/// <summary>
/// The alt Cloud app: input comboboxes whose listbox is a late-loading portal, fields per Service Provider, Timeout in
/// seconds, its own Encryption words, page-level flags, a list built afresh after each Save, and the real Test
/// Connection and store behind it all (read back through /_sandbox/state).
/// </summary>
[TestFixture, NonParallelizable] // watches a transient "Loading…" and a 10 s mailbox login: timing a second fixture beside it would squeeze
public sealed class AltCloudTests : AltSkinFixture
{
    private const string SupportPassword = "Support-Mailbox-7431";

    private async Task FillImapAsync(string name, string timeoutSeconds, string password = SupportPassword)
    {
        await App.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(AddDialog).ToBeVisibleAsync();
        await ChooseAsync(AddDialog, "Service Provider", "General IMAP4 service");
        await FillAsync(AddDialog, "Name", name);
        await ChooseAsync(AddDialog, "Encryption", "SSL/TLS (implicit)");
        await FillAsync(AddDialog, "Host", Sandbox.Context.Mail.Host);
        await FillAsync(AddDialog, "Port", Sandbox.Context.Mail.Imaps.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await FillAsync(AddDialog, "Username", "support@example.test");
        await FillAsync(AddDialog, "Password", password);
        await FillAsync(AddDialog, "Timeout", timeoutSeconds);
    }

    private const string SawLoadingRecorder = """
        () => {
          window.__sawLoading = false;
          new MutationObserver(() => {
            if ([...document.querySelectorAll('[role=listbox]')].some(l => l.textContent.includes('Loading…'))) window.__sawLoading = true;
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
        }
        """;

    [Test]
    public async Task A_dropdown_is_an_input_whose_listbox_renders_at_the_end_of_the_body_and_loads_its_options_late()
    {
        await OpenCloudConnectionsAsync();
        await App.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        var combo = Combo(AddDialog, "Service Provider");
        Assert.That(await combo.EvaluateAsync<string>("e => e.tagName"), Is.EqualTo("INPUT"));
        // The page records whether a listbox ever said "Loading…": it shows for only 200-500 ms, shorter than a busy machine's polls.
        await App.Locator("body").EvaluateAsync(SawLoadingRecorder);
        await combo.ClickAsync();

        var listbox = App.Locator($"[id='{await combo.GetAttributeAsync("aria-controls")}']");
        await Expect(listbox).ToHaveAttributeAsync("role", "listbox");
        Assert.That(await listbox.EvaluateAsync<bool>("l => l.parentElement === document.body && !l.closest('[role=dialog]')"), Is.True);
        await Expect(listbox.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        Assert.That(await App.Locator("body").EvaluateAsync<bool>("() => window.__sawLoading === true"), Is.True, "the listbox said Loading… first");
        Assert.That(await AddDialog.GetByRole(AriaRole.Option).CountAsync(), Is.Zero, "no option inside the dialog");
        await Expect(listbox.GetByRole(AriaRole.Option)).ToHaveTextAsync(
            ["General IMAP4 service", "General POP3 service", "GMail/GSuite with OAuth2", "Microsoft365 with OAuth2"]);
        await listbox.GetByRole(AriaRole.Option, new() { Name = "General POP3 service", Exact = true }).ClickAsync();
        await Expect(combo).ToHaveValueAsync("General POP3 service");
        Assert.That(await combo.TextContentAsync(), Is.Empty, "the choice is the input's value, not its text");
    }

    [Test]
    public async Task An_OAuth2_provider_hides_the_mailbox_fields_and_shows_OAuth2_Credentials()
    {
        await OpenCloudConnectionsAsync();
        await App.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        string[] mailbox = ["Host", "Port", "Username", "Password"];

        await ChooseAsync(AddDialog, "Service Provider", "Microsoft365 with OAuth2");
        foreach (var label in mailbox) await Expect(AddDialog.GetByLabel(label, new() { Exact = true })).ToBeHiddenAsync();
        await Expect(Combo(AddDialog, "Encryption")).ToBeHiddenAsync();
        await ChooseAsync(AddDialog, "OAuth2 Credentials", "Microsoft 365 Tenant");
        await FillAsync(AddDialog, "Name", "Alt OAuth");
        await FillAsync(AddDialog, "Timeout", "20");
        await AddDialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Flag("Connection saved")).ToBeVisibleAsync();
        var stored = await StoredAsync("Alt OAuth");
        Assert.That(stored?.GetProperty("oAuth2Credentials").GetString(), Is.EqualTo("Microsoft 365 Tenant"));
        Assert.That(stored?.GetProperty("timeout").GetInt32(), Is.EqualTo(20_000));

        await App.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await ChooseAsync(AddDialog, "Service Provider", "General IMAP4 service");
        foreach (var label in mailbox) await Expect(AddDialog.GetByLabel(label, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Combo(AddDialog, "OAuth2 Credentials")).ToBeHiddenAsync();
    }

    [Test]
    public async Task Timeout_is_asked_in_seconds_Test_and_Save_answer_with_page_flags_and_the_store_holds_milliseconds()
    {
        await OpenCloudConnectionsAsync();
        await FillImapAsync("Alt IMAP seconds", "10000");
        await AddDialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(App.GetByRole(AriaRole.Alert).Filter(new() { HasText = "whole number of seconds from 1 to 60" })).ToBeVisibleAsync();
        Assert.That(await StoredAsync("Alt IMAP seconds"), Is.Null, "10000 seconds is refused, not stored");

        await FillAsync(AddDialog, "Timeout", "15");
        await AddDialog.GetByRole(AriaRole.Button, new() { Name = "Test Connection", Exact = true }).ClickAsync();
        var tested = Flag("Connection successful");
        await Expect(tested).ToBeVisibleAsync();
        Assert.That(await tested.EvaluateAsync<bool>("f => !f.closest('[role=dialog]')"), Is.True, "the flag is outside the dialog");
        await AddDialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Flag("Connection saved")).ToBeVisibleAsync();
        await Expect(tested).ToBeVisibleAsync(); // the test's flag is still there when the save's arrives

        var stored = await StoredAsync("Alt IMAP seconds");
        Assert.That(stored?.GetProperty("timeout").GetInt32(), Is.EqualTo(15_000));
        Assert.That(stored?.GetProperty("encryption").GetString(), Is.EqualTo("SSL/TLS"), "this app's 'SSL/TLS (implicit)'");
        Assert.That(stored?.GetProperty("password").GetString(), Is.EqualTo(SupportPassword));
    }

    [Test]
    public async Task Test_Connection_logs_in_to_the_real_mailbox()
    {
        await OpenCloudConnectionsAsync();
        await FillImapAsync("Alt wrong password", "10", password: "not-the-password");
        await AddDialog.GetByRole(AriaRole.Button, new() { Name = "Test Connection", Exact = true }).ClickAsync();
        var failed = App.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Connection failed" });
        await Expect(failed).ToContainTextAsync("Authentication failed");
    }

    [Test]
    public async Task The_list_is_built_afresh_after_each_Save_and_its_rows_have_an_icon_only_Edit_button()
    {
        await OpenCloudConnectionsAsync();
        var row = App.GetByRole(AriaRole.Row).Filter(new() { Has = App.GetByRole(AriaRole.Cell, new() { Name = "Already On Cloud IMAP", Exact = true }) });
        var edit = row.GetByRole(AriaRole.Button, new() { Name = "Edit connection", Exact = true });
        Assert.That((await edit.TextContentAsync())?.Trim(), Is.Empty);
        var before = await row.ElementHandleAsync();

        await FillImapAsync("Alt rerendered", "10");
        await AddDialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(App.GetByRole(AriaRole.Cell, new() { Name = "Alt rerendered", Exact = true })).ToBeVisibleAsync();
        Assert.That(await before.EvaluateAsync<bool>("r => r.isConnected"), Is.False, "the old row element is gone");

        await edit.ClickAsync();
        var dialog = App.GetByRole(AriaRole.Dialog, new() { Name = EditTitle, Exact = true });
        await Expect(dialog.GetByLabel("Timeout", new() { Exact = true })).ToHaveValueAsync("10");
        await Expect(Combo(dialog, "Encryption")).ToHaveValueAsync("SSL/TLS (implicit)");
    }
}
