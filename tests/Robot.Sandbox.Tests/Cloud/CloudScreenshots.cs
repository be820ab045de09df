using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>
/// The README's pictures of the Cloud site, taken in headless Chromium on the default seed:
/// dotnet test tests/Robot.Sandbox.Tests --filter FullyQualifiedName~CloudScreenshots
/// </summary>
[TestFixture]
[Explicit("writes docs/img/cloud-*.png; run on purpose")]
public sealed class CloudScreenshots : CloudUiFixture
{
    [Test]
    public async Task List_and_filled_Add_panel()
    {
        await Page.SetViewportSizeAsync(1280, 820);
        await OpenConnectionsAsync();
        var img = Path.Combine(RepoRoot(), "docs", "img");
        Directory.CreateDirectory(img);
        await Page.Mouse.MoveAsync(0, 0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(img, "cloud-list.png"), Animations = ScreenshotAnimations.Disabled });

        await OpenAddPanelAsync();
        await FillMailConnectionAsync("Support IMAP SSL", "support@example.test", "Support-Mailbox-7431", Sandbox.Context.Mail.Imaps,
            description: "Customer support inbox over SSL/TLS");
        await Button(AddDialog, "Test Connection").ClickAsync();
        await Expect(AddDialog.GetByRole(AriaRole.Status)).ToHaveTextAsync("Connection successful");
        await Page.SetViewportSizeAsync(1280, 1160); // the whole panel, from its heading to its buttons
        await AddDialog.GetByRole(AriaRole.Heading).ScrollIntoViewIfNeededAsync();
        await Page.Mouse.MoveAsync(0, 0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(img, "cloud-add.png"), Animations = ScreenshotAnimations.Disabled });
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Robot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Robot.sln not found above the test directory");
    }
}
