using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Server;

/// <summary>A 45-connection inventory: three pages of 20, Previous / page numbers / Next, and the Search box.</summary>
[TestFixture]
public sealed class ServerPagingTests : ServerSiteFixture
{
    private readonly string seed = WriteSeed(new
    {
        server = new
        {
            connections = Enumerable.Range(1, 45).Select(i => Imap(
                $"Mailbox {i:00}",
                i % 10 == 0 ? "Escalations team" : $"Queue number {i}",
                i == 33 ? "needle@example.test" : "user@example.test")).ToArray(),
        },
        mailboxes = OneMailbox,
    });

    protected override SandboxOptions Options => new() { SeedPath = seed };

    [OneTimeTearDown]
    public void DeleteSeed() => File.Delete(seed);

    private ILocator NameCells => Page.Locator("#incoming-connections tbody td.col-name");

    private static string[] Names(int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(i => string.Create(CultureInfo.InvariantCulture, $"Mailbox {i:00}")).ToArray();

    [Test]
    public async Task Next_walks_through_three_pages_of_twenty_and_ends_on_the_last()
    {
        await OpenConnectionListAsync();
        await Expect(Page.GetByText("Showing 1–20 of 45", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(NameCells).ToHaveTextAsync(Names(1, 20));
        await Expect(Page.GetByText("Previous", new() { Exact = true })).ToHaveAttributeAsync("aria-disabled", "true");

        await Link("Next").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"\?page=2$"));
        await Expect(Page.GetByText("Showing 21–40 of 45", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(NameCells).ToHaveTextAsync(Names(21, 40));
        await Expect(Button("More actions")).ToHaveCountAsync(20);

        await Link("Next").ClickAsync();
        await Expect(Page.GetByText("Showing 41–45 of 45", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(NameCells).ToHaveTextAsync(Names(41, 45));
        await Expect(Link("Next")).ToHaveCountAsync(0);
        await Expect(Page.GetByText("Next", new() { Exact = true })).ToHaveAttributeAsync("aria-disabled", "true");
    }

    [Test]
    public async Task Page_numbers_and_Previous_move_between_pages()
    {
        await OpenConnectionListAsync();
        var pagination = Page.GetByRole(AriaRole.Navigation, new() { Name = "Pagination", Exact = true });

        await pagination.GetByRole(AriaRole.Link, new() { Name = "3", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Showing 41–45 of 45", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(pagination.GetByRole(AriaRole.Link, new() { Name = "3", Exact = true })).ToHaveAttributeAsync("aria-current", "page");

        await Link("Previous").ClickAsync();
        await Expect(Page.GetByText("Showing 21–40 of 45", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(RowOf("Mailbox 21")).ToBeVisibleAsync();
    }

    [Test]
    public async Task A_page_beyond_the_last_shows_the_last()
    {
        await OpenAsAdminAsync("/plugins/servlet/eti/incoming-connections?page=99");
        await Expect(Page.GetByText("Showing 41–45 of 45", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Test]
    public async Task Search_filters_on_description_and_username_and_pages_the_matches()
    {
        await OpenConnectionListAsync();

        await Page.GetByLabel("Search", ExactLabel).FillAsync("escalations");
        await Page.GetByLabel("Search", ExactLabel).PressAsync("Enter");
        await Expect(Page.GetByText("Showing 1–4 of 4", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(NameCells).ToHaveTextAsync(["Mailbox 10", "Mailbox 20", "Mailbox 30", "Mailbox 40"]);
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Pagination" })).ToHaveCountAsync(0);

        await Page.GetByLabel("Search", ExactLabel).FillAsync("NEEDLE@");
        await Button("Filter").ClickAsync();
        await Expect(NameCells).ToHaveTextAsync(["Mailbox 33"]);

        await Page.GetByLabel("Search", ExactLabel).FillAsync("nothing matches this");
        await Button("Filter").ClickAsync();
        await Expect(Page.GetByText("No incoming mail connections", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Button("More actions")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Paging_keeps_the_search()
    {
        await OpenAsAdminAsync("/plugins/servlet/eti/incoming-connections?q=Queue");
        await Expect(Page.GetByText("Showing 1–20 of 41", new() { Exact = true })).ToBeVisibleAsync();
        await Link("Next").ClickAsync();
        await Expect(Page.GetByText("Showing 21–40 of 41", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Search", ExactLabel)).ToHaveValueAsync("Queue");
    }
}
