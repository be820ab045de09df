using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Alt;

/// <summary>The alt Server: dashboard landing, icon-only row actions, its own Encryption words, flags, real Test Connection.</summary>
[TestFixture]
public sealed class AltServerTests : AltSkinFixture
{
    [Test]
    public async Task A_login_lands_on_the_dashboard_even_when_an_admin_page_asked_for_it()
    {
        await LogInToServerAsync("/plugins/servlet/eti-admin/incoming-mail");

        await Expect(Page).ToHaveURLAsync(new Regex("/secure/Dashboard\\.jspa$"));
        await Expect(Page.GetByRole(AriaRole.Heading, Named("System dashboard"))).ToBeVisibleAsync();
        Assert.That(await Page.GetByRole(AriaRole.Link, Named("Incoming Mail Connections")).CountAsync(), Is.Zero, "the dashboard has no app navigation");
    }

    [Test]
    public async Task Row_actions_are_icon_only_buttons_named_for_the_row_and_their_menu_renders_outside_the_table()
    {
        await OpenServerListAsync();
        var button = ServerRow("Support IMAP").GetByRole(AriaRole.Button, new() { Name = "Actions for Support IMAP", Exact = true });

        Assert.That((await button.TextContentAsync())?.Trim(), Is.Empty, "no visible words, only an icon");
        Assert.That(await Page.GetByRole(AriaRole.Button, Named("More actions")).CountAsync(), Is.Zero);
        await button.ClickAsync();
        var menu = Page.GetByRole(AriaRole.Menu);
        await Expect(menu.GetByRole(AriaRole.Menuitem, new() { Name = "Edit", Exact = true })).ToBeVisibleAsync();
        Assert.That(await menu.EvaluateAsync<bool>("m => m.parentElement === document.body && !m.closest('table')"), Is.True);
    }

    [Test]
    public async Task The_list_pages_ten_rows_with_icon_only_page_links()
    {
        await OpenServerListAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Actions for ") })).ToHaveCountAsync(10);
        await Page.GetByRole(AriaRole.Link, Named("Next page")).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("[?&]p=2"));
        await Expect(Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Actions for ") })).ToHaveCountAsync(10);
        await Page.GetByRole(AriaRole.Link, Named("Next page")).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Actions for ") })).ToHaveCountAsync(4);
        await Expect(Page.GetByRole(AriaRole.Link, Named("Next page"))).ToHaveAttributeAsync("aria-disabled", "true");
    }

    [Test]
    public async Task The_Edit_dialog_shows_this_versions_words_for_Encryption_and_Protocol()
    {
        await OpenServerListAsync();
        await ClickEditAsync("Support IMAP SSL");
        await Expect(Field("Name")).ToHaveValueAsync("Support IMAP SSL");
        await Expect(Field("Encryption")).ToHaveValueAsync("SSL");
        await Expect(Field("Encryption")).ToHaveAttributeAsync("role", "combobox");
        await Expect(Field("Protocol")).ToHaveValueAsync("IMAP");
        await Expect(Field("Timeout")).ToHaveValueAsync("10000");

        await EditDialog.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, Named("Next page")).ClickAsync();
        await ClickEditAsync("Gmail Support (OAuth)");
        await Expect(Field("Protocol")).ToHaveValueAsync("IMAP (OAuth Credentials)");
        await Expect(Field("OAuth Credentials")).ToHaveValueAsync("Google Workspace");
        await Expect(Field("Password")).ToBeHiddenAsync();
    }

    [Test]
    public async Task Test_connection_logs_in_to_the_real_mailbox_and_answers_with_a_page_flag_that_stays()
    {
        await OpenServerListAsync();
        await Page.GetByRole(AriaRole.Link, Named("Next page")).ClickAsync();
        await ServerRow("Wrong Password IMAP").GetByRole(AriaRole.Button, new() { Name = "Actions for Wrong Password IMAP", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, Named("Test connection")).ClickAsync();

        var flag = Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Connection failed" });
        await Expect(flag).ToBeVisibleAsync();
        await Expect(flag).ToContainTextAsync("Authentication failed");
        var shown = System.Diagnostics.Stopwatch.StartNew();
        await flag.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 20_000 });
        Assert.That(shown.Elapsed.TotalSeconds, Is.GreaterThan(5), "a flag stays for several seconds");
    }
}
