using Microsoft.Playwright;
using NUnit.Framework;

namespace Robot.TestSupport;

/// <summary>Debian's Chromium through Playwright, with the flags this offline machine needs.</summary>
public static class TestBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Debian's chromium-headless-shell: what headless tests use (faster to start and to drive than the full browser).</summary>
    public const string HeadlessShellPath = "/usr/bin/chromium-headless-shell";

    public static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    /// <summary>The headless shell; a missing one fails the test (run.sh installs it) rather than silently testing another browser.</summary>
    public static string HeadlessPath
    {
        get
        {
            if (!File.Exists(HeadlessShellPath))
                Assert.Fail($"{HeadlessShellPath} is missing: run ./run.sh setup (installs Debian's chromium-headless-shell)");
            return HeadlessShellPath;
        }
    }

    /// <summary>
    /// Where the tests' browsers record raw trace chunks, as the robot's own launcher does (PrivateTraceFolder), so that
    /// Playwright's shared temporary folders hold no test's secrets either; removed when the test process ends.
    /// </summary>
    private static readonly Lazy<string> TracesDir = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("robot-test-traces-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        };
        return folder;
    });

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = HeadlessPath,
            Headless = true,
            Args = Args,
            TracesDir = TracesDir.Value,
        });
        return (playwright, browser);
    }
}
