using Microsoft.Playwright;
using Robot.Adapters.Evidence;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// Translates what goes wrong on the Cloud page into the ports' faults, each with a screenshot of the page:
/// machinery faults (a wait ran out, the page went away) become <see cref="SystemFaultException"/> (naming an expired
/// session when that is the cause), a changed UI keeps its <see cref="ChangedUiException"/>; both carry their evidence.
/// </summary>
internal sealed class CloudFaults(CloudPage cloud)
{
    private int evidenceCount;

    /// <summary>Whether this write's failure.png was taken (a write takes one at most).</summary>
    public bool FailureShotTaken { get; set; }

    /// <summary>Runs one call; see the class summary. <paramref name="connection"/> names the evidence of a write.</summary>
    public async Task<T> GuardAsync<T>(string what, Func<Task<T>> action, Secret? secret = null, string? connection = null)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (ChangedUiException changed) when (changed.Evidence.Length == 0)
        {
            cloud.Lost();
            throw changed.WithEvidence(await ShotAsync(what, connection, "changed-ui").ConfigureAwait(false));
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error))
        {
            cloud.Lost();
            var cause = await cloud.SessionExpiredAsync().ConfigureAwait(false) ? "the Cloud session has expired" : PageGuard.Short(error);
            var evidence = await ShotAsync(what, connection, "fault").ConfigureAwait(false);
            throw new SystemFaultException(
                $"{what} (at '{cloud.LastStep}'): {SecretText.Scrub(cause, [secret])}" + (evidence.Length > 0 ? $" (screenshot: {evidence})" : ""), error)
            {
                Evidence = evidence,
            };
        }
    }

    /// <summary>A write's failure.png when traces are kept, else a screenshot in the evidence folder; its path or "".</summary>
    private async Task<string> ShotAsync(string what, string? connection, string kind)
    {
        var failure = connection is null ? "" : await FailureShotAsync(connection).ConfigureAwait(false);
        return failure.Length > 0 ? failure : await EvidenceAsync(connection ?? what, kind).ConfigureAwait(false);
    }

    /// <summary>A whole-page screenshot in the evidence folder, password fields painted over; its path or "".</summary>
    public async Task<string> EvidenceAsync(string name, string what)
    {
        if (cloud.Options.EvidenceFolder is not { } folder || !cloud.IsOpen) return "";
        try
        {
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder,
                $"{cloud.Options.Clock.GetUtcNow():yyyyMMdd'T'HHmmss}-{Interlocked.Increment(ref evidenceCount):000}-{EvidenceFolder.SafeName(name)}-{what}.png");
            await cloud.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Mask = PasswordFields() }).ConfigureAwait(false);
            return file;
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error) || error is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>With traces on: the page as it is, password fields masked, as the connection's failure.png; its path or "".</summary>
    public async Task<string> FailureShotAsync(string connection)
    {
        if (cloud.Options.Traces is not { } folder || !cloud.IsOpen || FailureShotTaken) return "";
        FailureShotTaken = true;
        var written = await folder.ShotAsync(connection, EvidenceFolder.FailureShot, cloud.Page, null, PasswordFields()).ConfigureAwait(false);
        return written.Length > 0 ? Path.Combine(written, EvidenceFolder.FailureShot) : "";
    }

    /// <summary>
    /// Every field a screenshot must paint over: the panel's Password by its label (selectors), whatever its input type,
    /// and any input of type password on the page or in the app's frame.
    /// </summary>
    private ILocator[] PasswordFields()
    {
        const string passwords = "input[type=password]";
        return [cloud.Page.Locator(passwords), cloud.Selectors.Find(cloud.Top, "app.frame").ContentFrame.Locator(passwords),
            cloud.Selectors.Find(cloud.App, "panel.password")];
    }

    /// <summary>A message holding one of the settings' fault words: the machinery, not the data, so worth another try.</summary>
    public bool IsServerFault(string text) => IsServerFault(text, cloud.Options.FaultWords);

    public static bool IsServerFault(string text, IReadOnlyList<string> faultWords)
    {
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return faultWords.Any(word => word.Trim().Length > 0 && words.Contains(word.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
