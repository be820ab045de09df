using Microsoft.Playwright;
using Robot.Adapters.Configuration;

namespace Robot.Adapters.Browser;

/// <summary>
/// Starts the machine's Chromium (or connects to a running browser at <see cref="PlaywrightSettings.WsEndpoint"/>)
/// as playwright.config.json says. Never downloads a browser.
/// </summary>
public static partial class BrowserLauncher
{
    /// <summary>A started browser and the Playwright driver behind it; disposing closes both.</summary>
    public sealed class Session(IPlaywright playwright, IBrowser browser, bool owned, PrivateTraceFolder? traces = null) : IAsyncDisposable
    {
        public IBrowser Browser => browser;

        public async ValueTask DisposeAsync()
        {
            if (owned)
            {
                try { await browser.CloseAsync().ConfigureAwait(false); }
                catch (PlaywrightException) { }
            }
            playwright.Dispose();
            traces?.Dispose();
        }
    }

    public static async Task<Session> LaunchAsync(PlaywrightSettings settings, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Belt and braces: the driver must never fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            IBrowser browser;
            if (!string.IsNullOrWhiteSpace(settings.WsEndpoint))
            {
                browser = await playwright.Chromium.ConnectAsync(settings.WsEndpoint, new BrowserTypeConnectOptions
                {
                    SlowMo = settings.SlowMoMs,
                    Timeout = settings.NavigationTimeoutMs,
                }).ConfigureAwait(false);
                return new Session(playwright, browser, owned: true);
            }
            if (!File.Exists(settings.LaunchPath()))
                throw new ConfigurationException(PlaywrightSettings.FileName, "ExecutablePath",
                    $"'{settings.LaunchPath()}' does not exist; install Debian's chromium (./run.sh setup) or point ExecutablePath at a Chromium");
            var traces = PrivateTraceFolder.Create();
            try
            {
                browser = await playwright.Chromium.LaunchAsync(LaunchOptions(settings, traces.Path)).ConfigureAwait(false);
            }
            catch
            {
                traces.Dispose();
                throw;
            }
            return new Session(playwright, browser, owned: true, traces);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <param name="tracesDir">Where raw trace chunks are recorded (see <see cref="PrivateTraceFolder"/>).</param>
    public static BrowserTypeLaunchOptions LaunchOptions(PlaywrightSettings settings, string? tracesDir = null) => new()
    {
        TracesDir = tracesDir,
        ExecutablePath = settings.LaunchPath(),
        Headless = settings.Headless,
        SlowMo = settings.SlowMoMs,
        Args = settings.Args,
        Timeout = settings.NavigationTimeoutMs,
        // The robot handles Ctrl-C and SIGTERM itself: it finishes the connection in hand before closing the browser.
        HandleSIGINT = false,
        HandleSIGTERM = false,
        HandleSIGHUP = false,
    };

    /// <summary>Closes a page object's context; a browser that is already gone is not an error at disposal.</summary>
    public static async Task CloseQuietlyAsync(IBrowserContext? context)
    {
        if (context is null) return;
        try { await context.CloseAsync().ConfigureAwait(false); }
        catch (PlaywrightException) { }
    }

    /// <summary>
    /// A fresh, isolated browser context with the configured viewport and timeouts; the one place contexts are made.
    /// </summary>
    /// <param name="storageState">A logged-in context's storage state (JSON, from <see cref="SharedSession"/>), so this one
    /// starts logged in; null starts with no cookies.</param>
    /// <param name="blockHeavyResources">Abort images, fonts and media (the robot reads text and form values only); off
    /// when screenshots are kept as evidence, so they look as a person saw the page.</param>
    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, PlaywrightSettings settings,
        string? storageState = null, bool blockHeavyResources = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = settings.Viewport.Width, Height = settings.Viewport.Height },
            Locale = "en-US",
            StorageState = storageState,
        }).ConfigureAwait(false);
        context.SetDefaultTimeout(settings.TimeoutMs);
        context.SetDefaultNavigationTimeout(settings.NavigationTimeoutMs);
        if (blockHeavyResources)
        {
            // Matched on the URL in the browser, so other requests never make a round trip to the robot.
            await context.RouteAsync(HeavyResource(), route => route.AbortAsync("blockedbyclient")).ConfigureAwait(false);
        }
        return context;
    }

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\.(png|jpe?g|gif|webp|avif|bmp|ico|svg|woff2?|ttf|otf|eot|mp4|webm|ogg|mp3|wav)(\?|#|$)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HeavyResource();
}
