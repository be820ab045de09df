using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Alt;

/// <summary>--skin alt --legacy-labels: older app versions' "Mail Accounts" on both sites, nothing else changed.</summary>
[TestFixture]
public sealed class AltLegacyLabelsTests : AltSkinFixture
{
    protected override bool Legacy => true;

    [Test]
    public async Task The_Server_says_Mail_accounts_and_Edit_Mail_Account()
    {
        await OpenServerListAsync();
        await ClickEditAsync("Support IMAP");
        await Expect(Field("Name")).ToHaveValueAsync("Support IMAP");
        Assert.That(await Page.GetByText("Incoming Mail Connection").CountAsync(), Is.Zero);
    }

    [Test]
    public async Task The_Cloud_says_Mail_Accounts_and_Add_Mail_Account()
    {
        await OpenCloudConnectionsAsync();
        await App.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(AddDialog).ToBeVisibleAsync();
        Assert.That(await App.GetByText("Incoming Mail Connection").CountAsync(), Is.Zero);
    }
}
