using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>
/// What a person does on the Cloud site, step by step in real Chromium: log in, open the app's page,
/// go to Administration → Incoming Mail Connections, open the Add panel and fill it in.
/// </summary>
public abstract class CloudUiFixture : SandboxBrowserFixture
{
    public const string AdminPath = "/plugins/servlet/ac/email-this-issue/admin";

    static CloudUiFixture() => SetDefaultExpectTimeout(15_000);

    private const float AppLoadMs = 45_000;

    /// <summary>The app inside Jira Cloud's iframe.</summary>
    protected IFrameLocator App => Page.FrameLocator("iframe[title='Email This Issue']");

    protected ILocator AddDialog => App.GetByRole(AriaRole.Dialog, new() { Name = "Add Incoming Mail Connection", Exact = true });

    protected Uri CloudUrl(string path) => new(Sandbox.Urls.Cloud, path);

    protected async Task LogInAsync(string? password = null)
    {
        await Page.GotoAsync(CloudUrl(AdminPath).ToString());
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(Sandbox.Context.Options.CloudAdmin.User);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password ?? Sandbox.Context.Options.CloudAdmin.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Logged in (through the login pages the first time in the fixture, later with that login's session), on
    /// Administration → Incoming Mail Connections with the list filled.
    /// </summary>
    protected async Task OpenConnectionsAsync()
    {
        if (await ResumeLoginAsync("cloud"))
        {
            await Page.GotoAsync(CloudUrl(AdminPath).ToString());
        }
        else
        {
            await LogInAsync();
            await Expect(Page).ToHaveURLAsync(CloudUrl(AdminPath).ToString());
            await KeepLoginAsync("cloud");
        }
        await Expect(Page).ToHaveURLAsync(CloudUrl(AdminPath).ToString());
        // The app loads in its own frame after the page: on a loaded machine that can take longer than one click's wait.
        var administration = App.GetByRole(AriaRole.Tab, new() { Name = "Administration", Exact = true });
        await Expect(administration).ToBeVisibleAsync(new() { Timeout = AppLoadMs });
        await administration.ClickAsync();
        await App.GetByRole(AriaRole.Link, new() { Name = "Incoming Mail Connections", Exact = true }).ClickAsync(new() { Timeout = AppLoadMs });
        await Expect(App.GetByRole(AriaRole.Heading, new() { Name = "Incoming Mail Connections", Exact = true })).ToBeVisibleAsync();
        await Expect(App.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
        await Expect(App.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
    }

    protected async Task OpenAddPanelAsync()
    {
        await App.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(AddDialog).ToBeVisibleAsync();
        await Expect(AddDialog.GetByLabel("Name", new() { Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Opens a custom dropdown by its label and clicks an option, as a person would.</summary>
    protected static async Task ChooseAsync(ILocator scope, string dropdown, string option)
    {
        await scope.GetByRole(AriaRole.Combobox, new() { Name = dropdown, Exact = true }).ClickAsync();
        await scope.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(scope.GetByRole(AriaRole.Combobox, new() { Name = dropdown, Exact = true })).ToHaveTextAsync(option);
    }

    protected static async Task FillAsync(ILocator scope, string label, string value) =>
        await scope.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    /// <summary>Fills the Add panel for a General IMAP4/POP3 connection to the sandbox's own Dovecot.</summary>
    protected async Task FillMailConnectionAsync(string name, string username, string password, int port,
        string provider = "General IMAP4 service", string encryption = "SSL/TLS", string description = "Added by a test")
    {
        await ChooseAsync(AddDialog, "Service Provider", provider);
        await FillAsync(AddDialog, "Name", name);
        await FillAsync(AddDialog, "Description", description);
        await ChooseAsync(AddDialog, "Encryption", encryption);
        await FillAsync(AddDialog, "Host", Sandbox.Context.Mail.Host);
        await FillAsync(AddDialog, "Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await FillAsync(AddDialog, "Username", username);
        await FillAsync(AddDialog, "Password", password);
        await FillAsync(AddDialog, "Timeout", "10000");
    }

    protected ILocator Button(ILocator scope, string name) => scope.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>GET /_sandbox/state: the Cloud's stored connections, passwords included.</summary>
    protected Task<JsonElement> CloudStateAsync() => CloudStateAsync(Sandbox);

    public static async Task<JsonElement> CloudStateAsync(SandboxHost sandbox)
    {
        using var http = new HttpClient();
        var state = await http.GetFromJsonAsync<JsonElement>(new Uri(sandbox.Urls.Cloud, "/_sandbox/state"));
        return state.GetProperty("cloud");
    }

    public static JsonElement? StoredConnection(JsonElement cloud, string name) =>
        cloud.GetProperty("connections").EnumerateArray().Cast<JsonElement?>()
            .FirstOrDefault(c => c!.Value.GetProperty("name").GetString() == name);
}
