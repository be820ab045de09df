using System.Text.Json;
using Microsoft.Playwright;
using Robot.Domain;

namespace Robot.Adapters.Evidence;

/// <summary>
/// Per-connection proof under <c>&lt;output&gt;/evidence/&lt;safe-name&gt;/</c>: screenshots with every password field
/// masked, and the fields each site showed (<c>server-fields.json</c>, <c>cloud-fields.json</c>) without any password.
/// </summary>
public sealed class EvidenceFolder(string root)
{
    public const string ServerEditShot = "1-server-edit.png";
    public const string CloudFilledShot = "2-cloud-filled.png";
    public const string TestResultShot = "3-test-result.png";
    public const string FailureShot = "failure.png";
    public const string ServerFields = "server-fields.json";
    public const string CloudFields = "cloud-fields.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Root { get; } = root;

    public string For(string connection) => Path.Combine(Root, SafeName(connection));

    /// <summary>A file-system-safe folder name for a connection (ASCII letters and digits, dashes; never empty).</summary>
    public static string SafeName(string name)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (safe.Contains("--", StringComparison.Ordinal)) safe = safe.Replace("--", "-", StringComparison.Ordinal);
        return safe.Length == 0 ? "connection" : safe.Length > 60 ? safe[..60] : safe;
    }

    /// <summary>
    /// Screenshot of <paramref name="target"/> (or the page) with <paramref name="masked"/> painted over; never throws.
    /// A target inside <paramref name="frame"/> (an iframe element) is taken with the iframe grown to the height of what
    /// it holds, since a panel taller than the iframe scrolls inside it and would be cut at the iframe's top.
    /// </summary>
    public async Task<string> ShotAsync(string connection, string file, IPage page, ILocator? target, IEnumerable<ILocator> masked,
        ILocator? frame = null)
    {
        try
        {
            var folder = For(connection);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, file);
            var mask = masked.ToList();
            if (target is null)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Mask = mask, Animations = ScreenshotAnimations.Disabled }).ConfigureAwait(false);
                return folder;
            }
            var grown = frame is not null && await GrowFrameAsync(frame, target).ConfigureAwait(false);
            try
            {
                await target.ScreenshotAsync(new LocatorScreenshotOptions { Path = path, Mask = mask, Animations = ScreenshotAnimations.Disabled }).ConfigureAwait(false);
            }
            finally
            {
                if (grown) await frame!.EvaluateAsync("f => { f.style.height = f.dataset.robotHeight || ''; delete f.dataset.robotHeight; }").ConfigureAwait(false);
            }
            return folder;
        }
        catch (Exception error) when (error is PlaywrightException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Makes the iframe as tall as the tallest scrolling box around <paramref name="target"/> inside it; false when it already is.</summary>
    private static async Task<bool> GrowFrameAsync(ILocator frame, ILocator target)
    {
        var needed = await target.EvaluateAsync<double>(
            "t => { let h = document.documentElement.scrollHeight; for (let e = t.parentElement; e; e = e.parentElement) h = Math.max(h, e.scrollHeight); return h; }")
            .ConfigureAwait(false);
        return await frame.EvaluateAsync<bool>(
            "(f, h) => { if (f.clientHeight >= h) return false; f.dataset.robotHeight = f.style.height; f.style.height = Math.ceil(h) + 'px'; return true; }",
            needed).ConfigureAwait(false);
    }

    /// <summary>Deletes one file of a connection's evidence (a failure's trace or screenshot after a later success); never throws.</summary>
    public void Forget(string connection, string file)
    {
        try
        {
            File.Delete(Path.Combine(For(connection), file));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A stale failure file is misleading, not harmful.
        }
    }

    public void WriteServerFields(ServerConnection connection) => Write(connection.Name, ServerFields, new Dictionary<string, string>
    {
        ["Name"] = connection.Name,
        ["Description"] = connection.Description,
        ["Protocol"] = connection.Protocol,
        ["Encryption"] = connection.Encryption,
        ["Host"] = connection.Host,
        ["Username"] = connection.Username,
        ["Password"] = SecretText.MaskOf(connection.Password),
        ["Port"] = connection.Port,
        ["Timeout"] = connection.Timeout,
        ["OAuth Credentials"] = connection.OAuthCredentials,
    });

    public void WriteCloudFields(CloudConnection connection) => Write(connection.Name, CloudFields, new Dictionary<string, string>
    {
        ["Name"] = connection.Name,
        ["Description"] = connection.Description,
        ["Service Provider"] = connection.ServiceProvider,
        ["Encryption"] = connection.Encryption,
        ["Host"] = connection.Host,
        ["Username"] = connection.Username,
        ["Password"] = connection.OAuth2Credentials is null ? SecretText.MaskOf(connection.Password) : "(not used with OAuth2)",
        ["Port"] = connection.Port?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["Timeout"] = connection.Timeout?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["OAuth2 Credentials"] = connection.OAuth2Credentials ?? "",
    });

    private void Write(string connection, string file, Dictionary<string, string> fields)
    {
        try
        {
            var folder = For(connection);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, file), JsonSerializer.Serialize(fields, Json));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Evidence is a record of the run, never a reason to fail it.
        }
    }
}
