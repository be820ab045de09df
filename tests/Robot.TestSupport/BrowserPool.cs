using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Robot.TestSupport;

/// <summary>
/// Chromium browsers (each with its Playwright driver) lent to one fixture at a time: a test worker reuses the one its
/// last fixture gave back instead of starting a driver and a Chromium per fixture. Every test still opens contexts of
/// its own, and a browser comes back with none open. The assembly's SetUpFixture calls <see cref="StopAllAsync"/>.
/// </summary>
public static class BrowserPool
{
    private static readonly ConcurrentBag<Lease> Idle = [];
    private static readonly ConcurrentBag<Lease> Started = [];

    /// <summary>A browser on loan; <see cref="GiveBackAsync"/> ends the loan.</summary>
    public sealed record Lease(IPlaywright Playwright, IBrowser Browser);

    public static async Task<Lease> RentAsync()
    {
        while (Idle.TryTake(out var idle))
            if (idle.Browser.IsConnected) return idle;
        var (playwright, browser) = await TestBrowser.LaunchAsync();
        var lease = new Lease(playwright, browser);
        Started.Add(lease);
        return lease;
    }

    /// <summary>Closes what the fixture left open and keeps the browser for the next fixture (a disconnected one is dropped).</summary>
    public static async Task GiveBackAsync(Lease lease)
    {
        if (!lease.Browser.IsConnected) return;
        foreach (var context in lease.Browser.Contexts.ToList()) await context.CloseAsync();
        Idle.Add(lease);
    }

    public static async Task StopAllAsync()
    {
        while (Idle.TryTake(out _)) { }
        while (Started.TryTake(out var lease))
        {
            if (lease.Browser.IsConnected) await lease.Browser.CloseAsync();
            lease.Playwright.Dispose();
        }
    }
}
