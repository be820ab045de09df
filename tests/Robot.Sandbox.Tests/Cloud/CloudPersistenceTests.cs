using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>The Cloud's state lives in the data folder: what one sandbox saved, the next one shows.</summary>
[TestFixture]
public sealed class CloudPersistenceTests
{
    private BrowserPool.Lease? browser;
    private string dataDir = "";

    [OneTimeSetUp]
    public async Task Launch()
    {
        browser = await BrowserPool.RentAsync();
        dataDir = Directory.CreateTempSubdirectory("cloud-state-").FullName;
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        if (browser is not null) await BrowserPool.GiveBackAsync(browser);
        Directory.Delete(dataDir, recursive: true);
    }

    [Test]
    public async Task A_connection_saved_before_a_restart_is_still_there_after_it()
    {
        const string name = "Survives a restart";
        var options = new SandboxOptions { DataDir = dataDir };

        await using (var first = await SandboxHost.StartAsync(options))
        {
            var page = await NewPageAsync();
            await LogInAsync(page, first);
            var app = page.FrameLocator("iframe[title='Email This Issue']");
            await app.GetByRole(AriaRole.Tab, new() { Name = "Administration", Exact = true }).ClickAsync();
            await app.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
            var dialog = app.GetByRole(AriaRole.Dialog, new() { Name = "Add Incoming Mail Connection", Exact = true });
            await dialog.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
            await dialog.GetByLabel("Host", new() { Exact = true }).FillAsync(first.Context.Mail.Host);
            await dialog.GetByLabel("Username", new() { Exact = true }).FillAsync("support@example.test");
            await dialog.GetByLabel("Password", new() { Exact = true }).FillAsync("Support-Mailbox-7431");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Expect(app.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true })).ToBeVisibleAsync();
            await page.Context.CloseAsync();
        }

        await using var second = await SandboxHost.StartAsync(options);
        var stored = CloudUiFixture.StoredConnection(await CloudUiFixture.CloudStateAsync(second), name);
        Assert.That(stored, Is.Not.Null, "the state endpoint of the restarted sandbox has it");
        Assert.That(stored!.Value.GetProperty("password").GetString(), Is.EqualTo("Support-Mailbox-7431"));

        var again = await NewPageAsync();
        await LogInAsync(again, second);
        var list = again.FrameLocator("iframe[title='Email This Issue']");
        await list.GetByRole(AriaRole.Tab, new() { Name = "Administration", Exact = true }).ClickAsync();
        await Expect(list.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        await Expect(list.GetByRole(AriaRole.Cell, new() { Name = "Already On Cloud IMAP", Exact = true })).ToHaveCountAsync(1);
        await again.Context.CloseAsync();
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await browser!.Browser.NewContextAsync();
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private static async Task LogInAsync(IPage page, SandboxHost sandbox)
    {
        await page.GotoAsync(new Uri(sandbox.Urls.Cloud, CloudUiFixture.AdminPath).ToString());
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(sandbox.Context.Options.CloudAdmin.User);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(sandbox.Context.Options.CloudAdmin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
    }
}
