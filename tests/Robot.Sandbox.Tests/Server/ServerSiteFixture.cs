using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NUnit.Framework;
using Robot.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Server;

/// <summary>The Server site driven the way a person does it: log in, confirm administrator access, follow the sidebar.</summary>
public abstract class ServerSiteFixture : SandboxBrowserFixture
{
    protected static readonly PageGetByLabelOptions ExactLabel = new() { Exact = true };

    [OneTimeSetUp]
    public void LongerExpectTimeout() => SetDefaultExpectTimeout(10_000);

    protected string Url(string path) => new Uri(Sandbox.Urls.Server, path).ToString();

    protected ILocator Heading(string name) => Page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true });

    protected ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    protected ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    protected ILocator EditDialog => Page.GetByRole(AriaRole.Dialog, new() { Name = "Edit Incoming Mail Connection", Exact = true });

    protected ILocator Field(string label) => EditDialog.GetByLabel(label, new() { Exact = true });

    protected ILocator RowOf(string name) =>
        Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true }) });

    /// <summary>Fills the login form that is on screen.</summary>
    protected async Task LogInOnFormAsync(string? password = null)
    {
        var admin = Sandbox.Context.Options.ServerAdmin;
        await Expect(Heading("Log in")).ToBeVisibleAsync();
        await Page.GetByLabel("Username", ExactLabel).FillAsync(admin.User);
        await Page.GetByLabel("Password", ExactLabel).FillAsync(password ?? admin.Password);
        await Button("Log In").ClickAsync();
    }

    /// <summary>Confirms the administrator access step that is on screen.</summary>
    protected async Task ConfirmAdminAccessAsync(string? password = null)
    {
        await Expect(Heading("Administrator Access")).ToBeVisibleAsync();
        await Page.GetByLabel("Password", ExactLabel).FillAsync(password ?? Sandbox.Context.Options.ServerAdmin.Password);
        await Button("Confirm").ClickAsync();
    }

    /// <summary>
    /// Asks for a page, logs in and confirms administrator access on the way (the fixture's first time; later tests
    /// resume that session, which has confirmed it), lands on that page.
    /// </summary>
    protected async Task OpenAsAdminAsync(string path)
    {
        var resumed = await ResumeLoginAsync("server");
        await Page.GotoAsync(Url(path));
        if (!resumed)
        {
            await LogInOnFormAsync();
            await ConfirmAdminAccessAsync();
        }
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(path)));
        if (!resumed) await KeepLoginAsync("server");
    }

    /// <summary>From the admin landing page through the sidebar to the list, as the guide says.</summary>
    protected async Task OpenConnectionListAsync()
    {
        await OpenAsAdminAsync("/secure/admin/ViewApplicationProperties.jspa");
        var sidebar = Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration", Exact = true });
        await Expect(sidebar.GetByText("INCOMING EMAILS ADMINISTRATION", new() { Exact = true })).ToBeVisibleAsync();
        await sidebar.GetByRole(AriaRole.Link, new() { Name = "Incoming Mail Connections", Exact = true }).ClickAsync();
        await Expect(Heading("Incoming Mail Connections")).ToBeVisibleAsync();
    }

    /// <summary>Row menu → Edit, then waits until the dialog's spinner is gone.</summary>
    protected async Task OpenEditAsync(string name)
    {
        await RowOf(name).GetByRole(AriaRole.Button, new() { Name = "More actions", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Menu).GetByRole(AriaRole.Menuitem, new() { Name = "Edit", Exact = true }).ClickAsync();
        await Expect(EditDialog).ToBeVisibleAsync();
        await Expect(EditDialog.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
    }

    /// <summary>Writes a seed file for a fixture; deleted by the caller.</summary>
    protected static string WriteSeed(object seed)
    {
        var path = Path.Combine(Path.GetTempPath(), $"server-site-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(seed, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        return path;
    }

    /// <summary>One plain IMAP connection on the sandbox's Dovecot.</summary>
    protected static object Imap(string name, string description = "", string username = "user@example.test") => new
    {
        name,
        description,
        protocol = "IMAP",
        encryption = "No Encryption",
        host = "{{mail.host}}",
        username,
        password = "User-Mailbox-1234",
        port = "{{mail.imap}}",
        timeout = "10000",
    };

    protected static readonly object[] OneMailbox = [new { username = "user@example.test", password = "User-Mailbox-1234" }];
}
