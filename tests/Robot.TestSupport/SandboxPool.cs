using System.Collections.Concurrent;
using System.Text.Json;
using Robot.Sandbox.Hosting;

namespace Robot.TestSupport;

/// <summary>
/// Sandboxes (Kestrel + Dovecot) lent to one fixture at a time: a test worker reuses the one its last fixture gave back
/// with the same options instead of starting its own, and the Cloud is put back to the seed's (POST /_sandbox/reset)
/// before each loan. Only sandboxes of equal options (<see cref="KeyOf"/>) are shared, so a fixture always gets the site
/// it asked for. The assembly's SetUpFixture calls <see cref="StopAllAsync"/>.
/// </summary>
public static class SandboxPool
{
    private static readonly ConcurrentDictionary<string, ConcurrentBag<SandboxHost>> Idle = new();
    private static readonly ConcurrentDictionary<SandboxHost, bool> Running = new();

    /// <summary>Whether <paramref name="fixture"/> keeps the options its base <paramref name="declaring"/> gives (so it may borrow a pooled sandbox).</summary>
    public static bool KeepsDefaultOptions(object fixture, Type declaring, string optionsProperty) =>
        fixture.GetType().GetProperty(optionsProperty, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            ?.DeclaringType == declaring;

    /// <summary>A sandbox with the default options.</summary>
    public static Task<SandboxHost> RentAsync() => RentAsync(new SandboxOptions());

    /// <summary>
    /// A sandbox started with <paramref name="options"/>. Only for options whose state a fixture cannot leave behind
    /// beyond the Cloud's (which the reset restores): no data folder, since what one fixture saved there would stay.
    /// </summary>
    public static async Task<SandboxHost> RentAsync(SandboxOptions options)
    {
        if (options.DataDir is not null) throw new ArgumentException("a sandbox with a data folder keeps state a reset does not remove", nameof(options));
        if (Idle.TryGetValue(KeyOf(options), out var idle) && idle.TryTake(out var sandbox))
        {
            await ResetCloudAsync(sandbox);
            return sandbox;
        }
        sandbox = await SandboxHost.StartAsync(options);
        Running[sandbox] = true;
        return sandbox;
    }

    /// <summary>Back to the pool after a fixture that passed; a fixture that failed may have left it in any state, so it is stopped.</summary>
    public static async Task GiveBackAsync(SandboxHost sandbox, bool reusable)
    {
        if (reusable) Idle.GetOrAdd(KeyOf(sandbox.Context.Options), _ => []).Add(sandbox);
        else if (Running.TryRemove(sandbox, out _)) await sandbox.DisposeAsync();
    }

    public static async Task StopAllAsync()
    {
        Idle.Clear();
        foreach (var sandbox in Running.Keys.ToList())
            if (Running.TryRemove(sandbox, out _)) await sandbox.DisposeAsync();
    }

    /// <summary>
    /// The options as JSON: equal for two option sets that start the same sandbox. Record equality would not do: a list
    /// compares by reference, and each LoginOptions draws a TOTP secret of its own, which matters only when the Cloud asks
    /// for a code.
    /// </summary>
    private static string KeyOf(SandboxOptions options) =>
        JsonSerializer.Serialize(options.Login.CloudTotp ? options : options with { Login = options.Login with { TotpSecret = "" } });

    private static async Task ResetCloudAsync(SandboxHost sandbox)
    {
        using var http = new HttpClient { BaseAddress = sandbox.Urls.Cloud };
        using var response = await http.PostAsync(new Uri("_sandbox/reset", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }
}
