using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>
/// The Cloud's list shows whether each connection polls: new and edited ones are disabled, a row's Enable enables it
/// and editing disables it again (as on the real Cloud). The Add panel has a Folder field.
/// </summary>
[TestFixture]
public sealed class CloudEnableTests : CloudUiFixture
{
    private const string AlreadyOnCloud = "Already On Cloud IMAP";

    private ILocator RowOf(string name) =>
        App.GetByRole(AriaRole.Row).Filter(new() { Has = App.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true }) });

    private ILocator StateOf(string name, string state) => RowOf(name).GetByRole(AriaRole.Cell, new() { Name = state, Exact = true });

    private async Task<bool> StoredEnabledAsync(string name) =>
        StoredConnection(await CloudStateAsync(), name)!.Value.GetProperty("enabled").GetBoolean();

    [Test]
    public async Task Enable_enables_a_disabled_row_and_saving_an_edit_disables_it_again()
    {
        await OpenConnectionsAsync();
        await Expect(StateOf(AlreadyOnCloud, "Disabled")).ToBeVisibleAsync();
        Assert.That(await StoredEnabledAsync(AlreadyOnCloud), Is.False);

        await Button(RowOf(AlreadyOnCloud), "Enable").ClickAsync();
        await Expect(App.GetByText($"Incoming mail connection '{AlreadyOnCloud}' was enabled.")).ToBeVisibleAsync();
        await Expect(StateOf(AlreadyOnCloud, "Enabled")).ToBeVisibleAsync();
        await Expect(Button(RowOf(AlreadyOnCloud), "Enable")).ToHaveCountAsync(0);
        Assert.That(await StoredEnabledAsync(AlreadyOnCloud), Is.True);

        await Button(RowOf(AlreadyOnCloud), "Edit").ClickAsync();
        var dialog = App.GetByRole(AriaRole.Dialog, new() { Name = "Edit Incoming Mail Connection", Exact = true });
        await Expect(dialog.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync(AlreadyOnCloud);
        await Button(dialog, "Save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(StateOf(AlreadyOnCloud, "Disabled")).ToBeVisibleAsync();
        await Expect(Button(RowOf(AlreadyOnCloud), "Enable")).ToBeVisibleAsync();
        Assert.That(await StoredEnabledAsync(AlreadyOnCloud), Is.False);
    }

    [Test]
    public async Task The_Add_panel_stores_the_Folder_and_Edit_shows_it()
    {
        const string name = "Folder IMAP";
        await OpenConnectionsAsync();
        await OpenAddPanelAsync();
        await FillMailConnectionAsync(name, "support@example.test", "Support-Mailbox-7431", Sandbox.Context.Mail.Imaps);
        await FillAsync(AddDialog, "Folder", "Support/Tickets");
        await Button(AddDialog, "Save").ClickAsync();
        await Expect(AddDialog).ToBeHiddenAsync();
        await Expect(StateOf(name, "Disabled")).ToBeVisibleAsync();
        Assert.That(StoredConnection(await CloudStateAsync(), name)!.Value.GetProperty("folder").GetString(), Is.EqualTo("Support/Tickets"));

        await Button(RowOf(name), "Edit").ClickAsync();
        var dialog = App.GetByRole(AriaRole.Dialog, new() { Name = "Edit Incoming Mail Connection", Exact = true });
        await Expect(dialog.GetByLabel("Folder", new() { Exact = true })).ToHaveValueAsync("Support/Tickets");
    }
}
