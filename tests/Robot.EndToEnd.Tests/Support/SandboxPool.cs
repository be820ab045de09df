using System.Collections.Concurrent;
using Microsoft.Playwright;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// Sandboxes with the default options (Kestrel + Dovecot) and a Chromium each, lent to one fixture at a time: a test
/// worker reuses the one its last fixture gave back instead of starting its own, and the Cloud is put back to the
/// seed's (POST /_sandbox/reset) before each loan. <see cref="SharedSandboxes"/> stops them all after the last fixture.
/// </summary>
public static class SandboxPool
{
    private static readonly ConcurrentBag<Lease> Idle = [];
    private static readonly ConcurrentBag<Lease> Started = [];

    /// <summary>A sandbox and browser on loan; <see cref="SandboxPool.GiveBackAsync"/> ends the loan.</summary>
    public sealed record Lease(SandboxHost Sandbox, IPlaywright Playwright, IBrowser Browser);

    public static async Task<Lease> RentAsync()
    {
        if (Idle.TryTake(out var lease))
        {
            await ResetCloudAsync(lease.Sandbox);
            return lease;
        }
        var sandbox = await SandboxHost.StartAsync(new SandboxOptions());
        var (playwright, browser) = await TestBrowser.LaunchAsync();
        lease = new Lease(sandbox, playwright, browser);
        Started.Add(lease);
        return lease;
    }

    /// <summary>Back to the pool after a fixture that passed; a fixture that failed may have left it in any state, so it is stopped.</summary>
    public static async Task GiveBackAsync(Lease lease, bool reusable)
    {
        if (reusable && lease.Browser.IsConnected) Idle.Add(lease);
        else await StopAsync(lease);
    }

    public static async Task StopAllAsync()
    {
        while (Idle.TryTake(out _)) { }
        while (Started.TryTake(out var lease)) await StopAsync(lease);
    }

    private static async Task StopAsync(Lease lease)
    {
        if (lease.Browser.IsConnected) await lease.Browser.CloseAsync();
        lease.Playwright.Dispose();
        await lease.Sandbox.DisposeAsync();
    }

    private static async Task ResetCloudAsync(SandboxHost sandbox)
    {
        using var http = new HttpClient { BaseAddress = sandbox.Urls.Cloud };
        using var response = await http.PostAsync(new Uri("_sandbox/reset", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }
}
