using System.Net.Http.Json;
using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>A Cloud without OAuth2 clients: the panel says so, until credentials are migrated.</summary>
[TestFixture]
public sealed class CloudOAuthTests : CloudUiFixture
{
    private static readonly string SeedPath = WriteSeed();

    protected override SandboxOptions Options => new() { SeedPath = SeedPath };

    private static string WriteSeed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cloud-oauth-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            {
              "server": { "connections": [] },
              "cloud": { "oauth2Clients": [], "connections": [] },
              "mailboxes": [ { "username": "support@example.test", "password": "Support-Mailbox-7431" } ]
            }
            """);
        return path;
    }

    [OneTimeTearDown]
    public void DeleteSeed() => File.Delete(SeedPath);

    [Test, Order(1)] // before the next test adds a GMail client
    public async Task Without_clients_the_panel_says_so_and_a_migrated_client_can_then_be_chosen()
    {
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await ChooseAsync(AddDialog, "Service Provider", "Microsoft365 with OAuth2");
        await Expect(AddDialog.GetByText("No OAuth2 Client settings found. Migrate your OAuth2 credentials first.")).ToBeVisibleAsync();
        await Expect(AddDialog.GetByRole(AriaRole.Combobox, new() { Name = "OAuth2 Credentials", Exact = true })).ToHaveCountAsync(0);
        await FillAsync(AddDialog, "Name", "M365 before credentials");
        await FillAsync(AddDialog, "Host", "outlook.office365.com");
        await FillAsync(AddDialog, "Username", "m365@example.test");
        await Button(AddDialog, "Save").ClickAsync();
        await Expect(App.GetByRole(AriaRole.Alert)).ToContainTextAsync("No OAuth2 Client settings found.");
        await Button(AddDialog, "Cancel").ClickAsync();

        // The test hook adds a client, as migrating the OAuth2 credentials would.
        using (var http = new HttpClient())
        {
            var added = await http.PostAsJsonAsync(CloudUrl("/_sandbox/cloud/oauth2-clients"), new { name = "Contoso Tenant", provider = "microsoft365" });
            Assert.That((int)added.StatusCode, Is.EqualTo(201));
        }

        await OpenAddPanelAsync();
        await ChooseAsync(AddDialog, "Service Provider", "Microsoft365 with OAuth2");
        await ChooseAsync(AddDialog, "OAuth2 Credentials", "Contoso Tenant");
        await FillAsync(AddDialog, "Name", "M365 after credentials");
        await FillAsync(AddDialog, "Host", "outlook.office365.com");
        await FillAsync(AddDialog, "Username", "m365@example.test");
        await Button(AddDialog, "Test Connection").ClickAsync();
        await Expect(AddDialog.GetByRole(AriaRole.Status)).ToHaveTextAsync("Connection successful");

        // Gmail still has none: the list is per provider.
        await ChooseAsync(AddDialog, "Service Provider", "GMail/GSuite with OAuth2");
        await Expect(AddDialog.GetByText("No OAuth2 Client settings found. Migrate your OAuth2 credentials first.")).ToBeVisibleAsync();
        await ChooseAsync(AddDialog, "Service Provider", "Microsoft365 with OAuth2");
        await ChooseAsync(AddDialog, "OAuth2 Credentials", "Contoso Tenant");

        await Button(AddDialog, "Save").ClickAsync();
        await Expect(App.GetByText("Incoming mail connection 'M365 after credentials' was saved.")).ToBeVisibleAsync();
        var c = StoredConnection(await CloudStateAsync(), "M365 after credentials")!.Value;
        Assert.That(c.GetProperty("oAuth2Credentials").GetString(), Is.EqualTo("Contoso Tenant"));
        Assert.That(c.GetProperty("enabled").GetBoolean(), Is.False);
    }

    [Test, Order(2)]
    public async Task OAuth2_credentials_are_added_with_validation_and_edited_in_their_own_view()
    {
        await OpenConnectionsAsync();
        await App.GetByRole(AriaRole.Link, new() { Name = "OAuth2 Credentials", Exact = true }).ClickAsync();
        await Expect(App.GetByRole(AriaRole.Heading, new() { Name = "OAuth2 Credentials", Exact = true })).ToBeVisibleAsync();
        await App.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        var dialog = App.GetByRole(AriaRole.Dialog, new() { Name = "Add OAuth2 Credentials", Exact = true });
        await Expect(dialog.GetByLabel("Callback URL", new() { Exact = true })).ToHaveValueAsync(CloudUrl("/plugins/servlet/ac/email-this-issue/oauth2-callback").ToString());
        await FillAsync(dialog, "Name", "Google Project ✉");
        await ChooseAsync(dialog, "Service Provider", "GMail/GSuite with OAuth2");
        await FillAsync(dialog, "Client ID", "1234.apps.googleusercontent.com");
        await FillAsync(dialog, "Client Secret", "not-a-real-secret");
        await FillAsync(dialog, "Authorization Endpoint", "accounts.google.com/o/oauth2/auth");
        await Button(dialog, "Save").ClickAsync();
        await Expect(App.GetByRole(AriaRole.Alert)).ToContainTextAsync("Authorization Endpoint must be an http(s) address.");
        await Expect(dialog.GetByLabel("Token Endpoint", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");

        await FillAsync(dialog, "Authorization Endpoint", "https://accounts.google.com/o/oauth2/auth");
        await FillAsync(dialog, "Token Endpoint", "https://oauth2.googleapis.com/token");
        await Button(dialog, "Save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var row = App.GetByRole(AriaRole.Row).Filter(new() { Has = App.GetByRole(AriaRole.Cell, new() { Name = "Google Project ✉", Exact = true }) });
        await Expect(row.GetByRole(AriaRole.Cell, new() { Name = "GMail/GSuite with OAuth2", Exact = true })).ToBeVisibleAsync();

        await Button(row, "Edit").ClickAsync();
        var edit = App.GetByRole(AriaRole.Dialog, new() { Name = "Edit OAuth2 Credentials", Exact = true });
        await Expect(edit.GetByLabel("Client ID", new() { Exact = true })).ToHaveValueAsync("1234.apps.googleusercontent.com");
        await Expect(edit.GetByLabel("Client Secret", new() { Exact = true })).ToHaveValueAsync("");
        await FillAsync(edit, "Client ID", "5678.apps.googleusercontent.com");
        await Button(edit, "Save").ClickAsync();
        await Expect(edit).ToBeHiddenAsync();

        var stored = (await CloudStateAsync()).GetProperty("oauth2Clients").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Google Project ✉");
        Assert.That(stored.GetProperty("clientId").GetString(), Is.EqualTo("5678.apps.googleusercontent.com"));
        Assert.That(stored.GetProperty("clientSecret").GetString(), Is.EqualTo("not-a-real-secret"), "a blank secret on Edit keeps the stored one");
        Assert.That(stored.GetProperty("tokenEndpoint").GetString(), Is.EqualTo("https://oauth2.googleapis.com/token"));
    }
}
