using Microsoft.Playwright;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// A page of its own (in a context of its own) in a browser borrowed from <see cref="BrowserPool"/>, for a test that
/// looks at what a run wrote (report.html, its pictures): no Playwright driver and Chromium started for one page.
/// </summary>
public sealed class PooledPage : IAsyncDisposable
{
    private readonly BrowserPool.Lease lease;

    private PooledPage(BrowserPool.Lease lease, IPage page)
    {
        this.lease = lease;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<PooledPage> OpenAsync(BrowserNewPageOptions? options = null)
    {
        var lease = await BrowserPool.RentAsync();
        try
        {
            return new PooledPage(lease, await lease.Browser.NewPageAsync(options));
        }
        catch
        {
            await BrowserPool.GiveBackAsync(lease);
            throw;
        }
    }

    /// <summary>Closes the page's context and gives the browser back.</summary>
    public async ValueTask DisposeAsync() => await BrowserPool.GiveBackAsync(lease);
}
