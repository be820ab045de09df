using Microsoft.Playwright;
using Robot.Adapters.Configuration;

namespace Robot.Adapters.Browser;

/// <summary>
/// <c>robot login</c>'s part in the browser: opens the site's admin page in a fresh context, lets a person do whatever
/// the site asks (password, SSO redirect, one-time code: the robot types nothing), and once the site's admin page shows
/// (the same selector keys the page objects wait for), keeps the context's storage state.
/// </summary>
public static class InteractiveLogin
{
    /// <summary>The admin page path and the mark that it is reached, per site, from the site's selectors file.</summary>
    public static (string Path, Func<IPage, ILocator> Reached) AdminPageOf(string site, SiteSelectors selectors) =>
        string.Equals(site, "Cloud", StringComparison.OrdinalIgnoreCase)
            ? (selectors.Path("app.path"), page =>
                selectors.Find(LocatorScope.InsideFrame(selectors.Find(LocatorScope.Of(page), "app.frame")), "app.administrationTab"))
            : (selectors.Path("admin.path"), page =>
                selectors.Find(LocatorScope.Of(page), "admin.connectionsLink").Or(selectors.Find(LocatorScope.Of(page), "list.heading")));

    /// <summary>Waits up to <paramref name="patience"/> for the admin page; the storage state (JSON) once it shows.</summary>
    /// <exception cref="TimeoutException">The admin page did not show in time.</exception>
    public static async Task<string> WaitForAdminPageAsync(IBrowser browser, PlaywrightSettings settings, Uri baseUrl,
        (string Path, Func<IPage, ILocator> Reached) admin, TimeSpan patience, Action<string> say, CancellationToken cancellationToken)
    {
        var context = await BrowserLauncher.NewContextAsync(browser, settings).ConfigureAwait(false);
        try
        {
            var page = await context.NewPageAsync().ConfigureAwait(false);
            var start = new Uri(baseUrl, admin.Path).ToString();
            await page.GotoAsync(start).ConfigureAwait(false);
            say($"log in at {page.Url} in the browser window; waiting up to {patience.TotalMinutes:0} minutes for {start}");
            // The person may go through other origins (an identity provider) and several pages; the locator wait follows navigations.
            var reached = admin.Reached(page).First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)patience.TotalMilliseconds });
            var stopped = Task.Delay(Timeout.Infinite, cancellationToken);
            if (await Task.WhenAny(reached, stopped).ConfigureAwait(false) == stopped)
            {
                _ = reached.ContinueWith(t => t.Exception, TaskScheduler.Default);
                cancellationToken.ThrowIfCancellationRequested();
            }
            await reached.ConfigureAwait(false);
            return await context.StorageStateAsync().ConfigureAwait(false);
        }
        finally
        {
            await BrowserLauncher.CloseQuietlyAsync(context).ConfigureAwait(false);
        }
    }
}
