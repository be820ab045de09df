using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Server;

/// <summary>SETTINGS → OAuth2 Credentials → three dots → Edit, on the default seed: the secret shown masked, or withheld.</summary>
[TestFixture]
public sealed class ServerOAuthCredentialsTests : ServerSiteFixture
{
    private ILocator CredentialDialog => Page.GetByRole(AriaRole.Dialog, new() { Name = "Edit OAuth2 Credentials", Exact = true });

    private ILocator CredentialField(string label) => CredentialDialog.GetByLabel(label, new() { Exact = true });

    private async Task OpenCredentialAsync(string name)
    {
        await OpenAsAdminAsync("/secure/admin/ViewApplicationProperties.jspa");
        var sidebar = Page.GetByRole(AriaRole.Navigation, new() { Name = "Administration", Exact = true });
        await Expect(sidebar.GetByText("SETTINGS", new() { Exact = true })).ToBeVisibleAsync();
        await sidebar.GetByRole(AriaRole.Link, new() { Name = "OAuth2 Credentials", Exact = true }).ClickAsync();
        await Expect(Heading("OAuth2 Credentials")).ToBeVisibleAsync();
        await RowOf(name).GetByRole(AriaRole.Button, new() { Name = "More actions", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Menu).GetByRole(AriaRole.Menuitem, new() { Name = "Edit", Exact = true }).ClickAsync();
        await Expect(CredentialDialog).ToBeVisibleAsync();
        await Expect(CredentialDialog.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
    }

    [Test]
    public async Task The_Edit_panel_shows_every_field_with_the_secret_masked_and_the_Servers_callback_url()
    {
        await OpenCredentialAsync("Google Workspace");

        await Expect(CredentialField("Name")).ToHaveValueAsync("Google Workspace");
        await Expect(CredentialField("Service Provider")).ToHaveValueAsync("Google");
        await Expect(CredentialField("Client ID")).ToHaveValueAsync("204981-workspace.apps.googleusercontent.com");
        await Expect(CredentialField("Client Secret")).ToHaveValueAsync("GOCSPX-Workspace-Client-5521");
        await Expect(CredentialField("Client Secret")).ToHaveAttributeAsync("type", "password");
        await Expect(CredentialField("Authorization Endpoint")).ToHaveValueAsync("https://accounts.google.com/o/oauth2/auth");
        await Expect(CredentialField("Token Endpoint")).ToHaveValueAsync("https://oauth2.googleapis.com/token");
        await Expect(CredentialField("Callback URL")).ToHaveValueAsync(Url("/plugins/servlet/eti/oauth2/callback"));
    }

    [Test]
    public async Task A_withheld_secret_is_blank_and_says_why_and_the_json_does_not_carry_it()
    {
        await OpenCredentialAsync("Legacy Google Project");

        await Expect(CredentialField("Client ID")).ToHaveValueAsync("771203-legacy.apps.googleusercontent.com");
        await Expect(CredentialField("Client Secret")).ToHaveValueAsync("");
        await Expect(CredentialDialog.GetByText("The stored secret is encrypted and not shown.")).ToBeVisibleAsync();
        var response = await Page.APIRequest.GetAsync(Url("/rest/eti/1.0/oauth2-credentials/3"));
        Assert.That(response.Status, Is.EqualTo(200));
        Assert.That(await response.TextAsync(), Does.Not.Contain("GOCSPX-Legacy-Client-3194"));
    }
}
