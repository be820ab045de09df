using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Server;

/// <summary>Names with tags, quotes, RTL text, emoji and newlines render as text; values outside the lists are shown as stored.</summary>
[TestFixture]
public sealed class ServerHostileValuesTests : ServerSiteFixture
{
    private const string ScriptName = "<script>window.__pwned = 1; alert(1)</script>";
    private const string AttributeName = "\"><img src=x onerror=\"window.__pwned = 2; alert(2)\">";
    private const string QuotesName = "Quotes \"double\" & 'single' \\ back`tick`";
    private const string RtlName = "דואר נכנס 📬 support";
    private const string MultiLineDescription = "first line\nsecond line <b>not bold</b> & <i>not italic</i>";
    private const string UnknownVocabularyName = "Legacy IMAP4rev1";
    private const string GhostCredentialName = "OAuth with a vanished credential";

    private readonly string seed = WriteSeed(new
    {
        server = new
        {
            connections = new object[]
            {
                Imap(ScriptName, MultiLineDescription),
                Imap(AttributeName, "<img src=x onerror=\"window.__pwned = 3\">"),
                Imap(QuotesName, "\"quoted\" description"),
                Imap(RtlName, "תיבת דואר — 日本語 — 🚀"),
                new
                {
                    name = UnknownVocabularyName, description = "", protocol = "IMAP4rev1 (legacy)", encryption = "TLS 1.0",
                    host = "{{mail.host}}", username = "user@example.test", password = "p<a>ss\"word'&", port = "0143", timeout = "",
                },
                new
                {
                    name = GhostCredentialName, description = "", protocol = "IMAP with OAuth Credentials", encryption = "SSL/TLS",
                    host = "imap.gmail.com", username = "ghost@example.test", port = "993", timeout = "10000", oauthCredentials = "Deleted <Project>",
                },
            },
            oauth2Credentials = new[] { new { name = "Google Workspace", provider = "gmail" } },
        },
        mailboxes = OneMailbox,
    });

    private readonly List<string> dialogs = [];

    protected override SandboxOptions Options => new() { SeedPath = seed };

    [OneTimeTearDown]
    public void DeleteSeed() => File.Delete(seed);

    [SetUp]
    public void WatchForScriptDialogs()
    {
        dialogs.Clear();
        Page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
    }

    private async Task AssertNoScriptRanAsync()
    {
        Assert.That(await Page.EvaluateAsync<bool>("() => window.__pwned === undefined"), Is.True, "an injected script ran");
        Assert.That(dialogs, Is.Empty, "an injected script opened a dialog");
    }

    [Test]
    public async Task Hostile_names_and_descriptions_show_as_text_and_run_nothing()
    {
        await OpenConnectionListAsync();

        foreach (var name in new[] { ScriptName, AttributeName, QuotesName, RtlName })
            await Expect(RowOf(name)).ToHaveCountAsync(1);
        await Expect(RowOf(ScriptName).Locator("td.col-description")).ToContainTextAsync("second line <b>not bold</b>");
        await Expect(Page.Locator("#incoming-connections img")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#incoming-connections b")).ToHaveCountAsync(0);
        await AssertNoScriptRanAsync();
    }

    [Test]
    public async Task The_Edit_dialog_holds_hostile_values_exactly()
    {
        await OpenConnectionListAsync();

        await OpenEditAsync(ScriptName);
        await Expect(Field("Name")).ToHaveValueAsync(ScriptName);
        await Expect(Field("Description")).ToHaveValueAsync(MultiLineDescription);
        await EditDialog.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();

        await OpenEditAsync(AttributeName);
        await Expect(Field("Name")).ToHaveValueAsync(AttributeName);
        await EditDialog.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();

        await OpenEditAsync(QuotesName);
        await Expect(Field("Name")).ToHaveValueAsync(QuotesName);
        await Expect(Field("Description")).ToHaveValueAsync("\"quoted\" description");
        await EditDialog.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();

        await OpenEditAsync(RtlName);
        await Expect(Field("Name")).ToHaveValueAsync(RtlName);
        await Expect(Field("Description")).ToHaveValueAsync("תיבת דואר — 日本語 — 🚀");
        await AssertNoScriptRanAsync();
    }

    [Test]
    public async Task A_protocol_or_encryption_outside_the_lists_is_an_extra_selected_option()
    {
        await OpenConnectionListAsync();
        await OpenEditAsync(UnknownVocabularyName);

        await Expect(Field("Protocol")).ToHaveValueAsync("IMAP4rev1 (legacy)");
        await Expect(Field("Protocol").Locator("option")).ToHaveCountAsync(5);
        await Expect(Field("Encryption")).ToHaveValueAsync("TLS 1.0");
        await Expect(Field("Port")).ToHaveValueAsync("0143");
        await Expect(Field("Timeout")).ToHaveValueAsync("");
        await Expect(Field("Password")).ToHaveValueAsync("p<a>ss\"word'&");
    }

    [Test]
    public async Task An_OAuth_credential_missing_from_the_Server_list_is_shown_as_stored()
    {
        await OpenConnectionListAsync();
        await OpenEditAsync(GhostCredentialName);

        await Expect(Field("OAuth Credentials")).ToHaveValueAsync("Deleted <Project>");
        await Expect(Field("OAuth Credentials").Locator("option")).ToHaveTextAsync(["Google Workspace", "Deleted <Project>"]);
        await Expect(Field("Password")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task A_hostile_search_is_echoed_as_text()
    {
        const string query = "\"><script>window.__pwned = 4</script>";
        await OpenAsAdminAsync("/plugins/servlet/eti/incoming-connections?q=" + Uri.EscapeDataString(query));

        await Expect(Page.GetByLabel("Search", ExactLabel)).ToHaveValueAsync(query);
        await Expect(Page.GetByText("No incoming mail connections", new() { Exact = true })).ToBeVisibleAsync();
        await AssertNoScriptRanAsync();
    }
}
