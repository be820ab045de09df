using Microsoft.Playwright;

namespace Robot.Adapters.Evidence;

/// <summary>
/// A Playwright trace of every connection written on Cloud, kept only when the write failed: each connection is traced
/// on its own (DOM snapshots, no screencast: see Options below); a trace that ended well is dropped (nothing written) and
/// a failed one goes to <c>evidence/&lt;safe-name&gt;/trace.zip</c>, then every known secret in it is masked
/// (<see cref="TraceMasker"/>). A trace that cannot be masked is deleted. Tracing never fails a write.
/// Tracing is started and stopped per connection rather than cut into chunks: Playwright keeps a context's network
/// log across chunks, so every kept chunk would also hold the earlier connections' Save requests and their passwords.
/// </summary>
public sealed class FailureTraces(EvidenceFolder folder)
{
    public const string FileName = "trace.zip";

    // Snapshots give the DOM before and after every action (what the viewer shows); screencast frames ("Screenshots")
    // cost a capture of every frame for every connection, kept or not, for little more (see README, Evidence and report).
    private static readonly TracingStartOptions Options = new() { Snapshots = true, Screenshots = false, Sources = false };

    private IBrowserContext? tracing;

    public EvidenceFolder Folder => folder;

    /// <summary>Starts tracing this connection's write (a trace still running from an interrupted write is dropped first).</summary>
    public async Task BeginAsync(IBrowserContext context, string connection)
    {
        await StopAsync(null).ConfigureAwait(false);
        try
        {
            await context.Tracing.StartAsync(new TracingStartOptions(Options) { Title = connection }).ConfigureAwait(false);
            tracing = context;
        }
        catch (PlaywrightException)
        {
            tracing = null;
        }
    }

    /// <summary>The connection went well: its trace is dropped, and a trace or failure screenshot of an earlier failed attempt with it.</summary>
    public async Task DiscardAsync(string connection)
    {
        await StopAsync(null).ConfigureAwait(false);
        folder.Forget(connection, FileName);
        folder.Forget(connection, EvidenceFolder.FailureShot);
    }

    /// <summary>The connection failed: its trace is written to its evidence folder and masked; returns the path, or null when none was kept.</summary>
    public async Task<string?> KeepAsync(string connection, IEnumerable<string?> secrets)
    {
        if (tracing is null) return null;
        string path;
        try
        {
            var directory = folder.For(connection);
            Directory.CreateDirectory(directory);
            path = Path.Combine(directory, FileName);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            await StopAsync(null).ConfigureAwait(false);
            return null;
        }
        var cookies = await CookieValuesAsync().ConfigureAwait(false);
        if (!await StopAsync(path).ConfigureAwait(false) || !File.Exists(path)) return null;
        try
        {
            TraceMasker.MaskArchive(path, secrets.Concat(cookies));
            return path;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Unmasked, it must not stay.
            File.Delete(path);
            return null;
        }
    }

    /// <summary>The traced context's cookie values: its session cookies ride in every request header of the trace's network log.</summary>
    private async Task<IReadOnlyList<string>> CookieValuesAsync()
    {
        if (tracing is not { } context) return [];
        try
        {
            // Short values (flags such as "1") are not secrets, and masking them would blank the trace.
            return (await context.CookiesAsync().ConfigureAwait(false)).Select(cookie => cookie.Value).Where(value => value.Length >= 8).ToList();
        }
        catch (PlaywrightException)
        {
            return [];
        }
    }

    private async Task<bool> StopAsync(string? path)
    {
        if (tracing is not { } context) return false;
        tracing = null;
        try
        {
            await context.Tracing.StopAsync(new TracingStopOptions { Path = path }).ConfigureAwait(false);
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }
}
