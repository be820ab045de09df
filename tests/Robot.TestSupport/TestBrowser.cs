using Microsoft.Playwright;
using NUnit.Framework;

namespace Robot.TestSupport;

/// <summary>Debian's Chromium through Playwright, with the flags this offline machine needs.</summary>
public static class TestBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath)) Assert.Fail($"{ChromiumPath} is missing: run ./run.sh setup (installs Debian's chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Args,
        });
        return (playwright, browser);
    }
}
