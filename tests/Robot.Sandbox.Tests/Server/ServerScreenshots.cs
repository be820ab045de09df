using Microsoft.Playwright;
using NUnit.Framework;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Server;

/// <summary>
/// The README's pictures of the Server site, taken in headless Chromium on the default seed:
/// dotnet test tests/Robot.Sandbox.Tests --filter FullyQualifiedName~ServerScreenshots
/// </summary>
[TestFixture]
[Explicit("writes docs/img/server-*.png; run on purpose")]
public sealed class ServerScreenshots : ServerSiteFixture
{
    [Test]
    public async Task List_and_Edit_dialog()
    {
        await Page.SetViewportSizeAsync(1280, 820);
        await OpenConnectionListAsync();
        var img = Path.Combine(RepoRoot(), "docs", "img");
        Directory.CreateDirectory(img);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(img, "server-list.png") });

        await OpenEditAsync("Support IMAP SSL");
        await Expect(Field("Name")).ToHaveValueAsync("Support IMAP SSL");
        await Page.Mouse.MoveAsync(0, 0);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(img, "server-edit.png"), Animations = ScreenshotAnimations.Disabled });
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Robot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Robot.sln not found above the test directory");
    }
}
