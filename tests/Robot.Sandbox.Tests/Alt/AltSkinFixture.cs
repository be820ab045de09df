using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Alt;

/// <summary>The alt skin (--skin alt) driven as a person drives it, on both sites.</summary>
public abstract class AltSkinFixture : SandboxBrowserFixture
{
    public const string CloudAdminPath = "/plugins/servlet/ac/email-this-issue/admin";

    /// <summary>Where the alt Server's login lands.</summary>
    private const string DashboardPath = "/secure/Dashboard.jspa";

    static AltSkinFixture() => SetDefaultExpectTimeout(15_000);

    protected virtual AltFill Fill => AltFill.Mixed;

    protected virtual bool Legacy => false;

    protected override SandboxOptions Options => new() { Skin = SandboxSkin.Alt, AltFill = Fill, LegacyLabels = Legacy };

    /// <summary>The alt fixtures of equal options (the Server's and the Cloud's) start one sandbox between them.</summary>
    protected override bool SharesSandbox => true;

    protected string ConnectionsWord => Legacy ? "Mail accounts" : "Incoming Mail Connections";

    protected string EditTitle => Legacy ? "Edit Mail Account" : "Edit Incoming Mail Connection";

    protected static PageGetByRoleOptions Named(string name) => new() { Name = name, Exact = true };

    // ---------------------------------------------------------------- Server

    protected string ServerUrl(string path) => new Uri(Sandbox.Urls.Server, path).ToString();

    protected ILocator EditDialog => Page.GetByRole(AriaRole.Dialog, Named(EditTitle));

    protected ILocator Field(string label) => EditDialog.GetByLabel(label, new() { Exact = true });

    protected ILocator ServerRow(string name) =>
        Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true }) });

    protected async Task LogInToServerAsync(string path = "/plugins/servlet/eti-admin")
    {
        await Page.GotoAsync(ServerUrl(path));
        var admin = Sandbox.Context.Options.ServerAdmin;
        await Page.GetByLabel("Username", new() { Exact = true }).FillAsync(admin.User);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(admin.Password);
        await Page.GetByRole(AriaRole.Button, Named("Log in")).ClickAsync();
    }

    /// <summary>
    /// Logged in (which lands on the dashboard; a later test of the fixture resumes that session on the dashboard), then
    /// through the app's side navigation to the list.
    /// </summary>
    protected async Task OpenServerListAsync()
    {
        if (await ResumeLoginAsync("server")) await Page.GotoAsync(ServerUrl(DashboardPath));
        else await LogInToServerAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, Named("System dashboard"))).ToBeVisibleAsync();
        await KeepLoginAsync("server");
        await Page.GetByRole(AriaRole.Link, Named("Jira administration")).ClickAsync();
        await Page.GetByRole(AriaRole.Link, Named(ConnectionsWord)).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, Named(ConnectionsWord))).ToBeVisibleAsync();
    }

    protected async Task ClickEditAsync(string name)
    {
        await ServerRow(name).GetByRole(AriaRole.Button, new() { Name = $"Actions for {name}", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Menuitem, Named("Edit")).ClickAsync();
        await Expect(EditDialog).ToBeVisibleAsync();
    }

    // ---------------------------------------------------------------- Cloud

    protected IFrameLocator App => Page.FrameLocator("iframe[title='Email This Issue']");

    protected ILocator AddDialog => App.GetByRole(AriaRole.Dialog, new() { Name = Legacy ? "Add Mail Account" : "Add Incoming Mail Connection", Exact = true });

    /// <summary>Logged in (or resuming the fixture's first Cloud login), then through the app's navigation to the list.</summary>
    protected async Task OpenCloudConnectionsAsync()
    {
        var resumed = await ResumeLoginAsync("cloud");
        await Page.GotoAsync(new Uri(Sandbox.Urls.Cloud, CloudAdminPath).ToString());
        if (!resumed)
        {
            await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(Sandbox.Context.Options.CloudAdmin.User);
            await Page.GetByRole(AriaRole.Button, Named("Continue")).ClickAsync();
            await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Sandbox.Context.Options.CloudAdmin.Password);
            await Page.GetByRole(AriaRole.Button, Named("Log in")).ClickAsync();
        }
        await App.GetByRole(AriaRole.Link, new() { Name = "Administration", Exact = true }).ClickAsync();
        if (!resumed) await KeepLoginAsync("cloud");
        var word = Legacy ? "Mail Accounts" : "Incoming Mail Connections";
        await App.GetByRole(AriaRole.Link, new() { Name = word, Exact = true }).ClickAsync();
        await Expect(App.GetByRole(AriaRole.Heading, new() { Name = word, Exact = true })).ToBeVisibleAsync();
        await Expect(App.Locator("table[aria-busy='false']")).ToBeVisibleAsync();
    }

    protected ILocator Combo(ILocator scope, string label) => scope.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });

    /// <summary>Opens an input combobox and clicks an option in the listbox it controls (wherever that is rendered).</summary>
    protected async Task ChooseAsync(ILocator scope, string label, string option)
    {
        var combo = Combo(scope, label);
        await combo.ClickAsync();
        var listbox = App.Locator($"[id='{await combo.GetAttributeAsync("aria-controls")}']");
        await listbox.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(combo).ToHaveValueAsync(option);
    }

    protected static Task FillAsync(ILocator scope, string label, string value) => scope.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    protected ILocator Flag(string title) => App.Locator("#eti-flags > *").Filter(new() { HasText = title });

    protected async Task<JsonElement> StateAsync()
    {
        using var http = new HttpClient();
        return await http.GetFromJsonAsync<JsonElement>(new Uri(Sandbox.Urls.Cloud, "/_sandbox/state"));
    }

    protected async Task<JsonElement?> StoredAsync(string name) =>
        (await StateAsync()).GetProperty("cloud").GetProperty("connections").EnumerateArray().Cast<JsonElement?>()
            .FirstOrDefault(c => c!.Value.GetProperty("name").GetString() == name);
}
