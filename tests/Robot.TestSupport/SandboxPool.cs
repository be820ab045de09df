using System.Collections.Concurrent;
using Robot.Sandbox.Hosting;

namespace Robot.TestSupport;

/// <summary>
/// Sandboxes with the default options (Kestrel + Dovecot) lent to one fixture at a time: a test worker reuses the one
/// its last fixture gave back instead of starting its own, and the Cloud is put back to the seed's
/// (POST /_sandbox/reset) before each loan. The assembly's SetUpFixture calls <see cref="StopAllAsync"/>.
/// </summary>
public static class SandboxPool
{
    private static readonly ConcurrentBag<SandboxHost> Idle = [];
    private static readonly ConcurrentDictionary<SandboxHost, bool> Running = new();

    /// <summary>Whether <paramref name="fixture"/> keeps the options its base <paramref name="declaring"/> gives (so it may borrow a pooled sandbox).</summary>
    public static bool KeepsDefaultOptions(object fixture, Type declaring, string optionsProperty) =>
        fixture.GetType().GetProperty(optionsProperty, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            ?.DeclaringType == declaring;

    public static async Task<SandboxHost> RentAsync()
    {
        if (Idle.TryTake(out var sandbox))
        {
            await ResetCloudAsync(sandbox);
            return sandbox;
        }
        sandbox = await SandboxHost.StartAsync(new SandboxOptions());
        Running[sandbox] = true;
        return sandbox;
    }

    /// <summary>Back to the pool after a fixture that passed; a fixture that failed may have left it in any state, so it is stopped.</summary>
    public static async Task GiveBackAsync(SandboxHost sandbox, bool reusable)
    {
        if (reusable) Idle.Add(sandbox);
        else if (Running.TryRemove(sandbox, out _)) await sandbox.DisposeAsync();
    }

    public static async Task StopAllAsync()
    {
        while (Idle.TryTake(out _)) { }
        foreach (var sandbox in Running.Keys.ToList())
            if (Running.TryRemove(sandbox, out _)) await sandbox.DisposeAsync();
    }

    private static async Task ResetCloudAsync(SandboxHost sandbox)
    {
        using var http = new HttpClient { BaseAddress = sandbox.Urls.Cloud };
        using var response = await http.PostAsync(new Uri("_sandbox/reset", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }
}
