using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Robot.Domain;

namespace Robot.Adapters.Browser;

/// <summary>
/// Guide step 5: clicks Test Connection and waits for its result. The result is a message of panel.testResult in the
/// panel's own document (the app's) that appeared or changed after the click and no longer says that the test runs,
/// with the Test button no longer disabled. The usual outcome is waited for in one Playwright wait (each call is a round
/// trip and, with the failure trace, a DOM snapshot of the whole page); anything else is then asked now and then.
/// </summary>
internal sealed class CloudTestConnection(CloudPage cloud, CloudElements elements, CloudMessages messages)
{
    // A shown button that is disabled (natively or by aria-disabled), as Playwright's isEnabled judges it.
    private const string Busy =
        "els => els.some(e => e.getClientRects().length > 0 && (e.disabled === true || e.getAttribute('aria-disabled') === 'true'))";

    private SiteSelectors Selectors => cloud.Selectors;

    /// <summary>What Test Connection's result says once the test is over.</summary>
    public async Task<string> RunAsync(CloudPanel panel, CloudConnection connection)
    {
        var button = Selectors.Find(panel.Inside, "panel.testButton");
        var before = await messages.MarkInAppAsync("panel.testResult").ConfigureAwait(false);
        await elements.ClickAsync(panel.Inside, "panel.testButton", panel.Region).ConfigureAwait(false);
        // The mail server may take up to the connection's own timeout to answer.
        var limit = cloud.Timeout + (connection.TimeoutSpan ?? TimeSpan.Zero) + TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();
        var running = Selectors.Has("panel.testRunning") ? Selectors["panel.testRunning"] : null;
        var expired = Selectors.Find(cloud.App, "app.sessionExpired");
        // Nothing within the limit: the check below runs once and names what was awaited.
        await PageGuard.ShowsWithinAsync(Answered(before, running).Or(expired).First, limit).ConfigureAwait(false);
        var left = limit - clock.Elapsed;
        return await PageGuard.UntilAsync(async () =>
        {
            var text = await messages.FreshAsync(before).ConfigureAwait(false);
            if (text is null && await cloud.ExpiredNowAsync().ConfigureAwait(false)) throw cloud.Expired();
            if (text is null || (running is not null && running.MatchesText(text))) return null;
            return await button.EvaluateAllAsync<bool>(Busy).ConfigureAwait(false) ? null : text;
        }, left > TimeSpan.Zero ? left : TimeSpan.Zero, "Test Connection's result").ConfigureAwait(false);
    }

    /// <summary>A result that is not as it was before the click, and not the words of a test still running.</summary>
    private ILocator Answered(CloudMessages.Before before, SelectorSpec? running)
    {
        var candidates = messages.Unmarked(before);
        return running is null ? candidates : candidates.Filter(new LocatorFilterOptions { HasNotTextRegex = WordsOf(running) });
    }

    /// <summary>
    /// The running words as a pattern over an element's text: the whole text (but for signs around it, as a dismiss
    /// button's "×") for an exact spec, any part of it in any case for a substring spec.
    /// </summary>
    private static Regex WordsOf(SelectorSpec spec)
    {
        var words = string.Join(@"\s+", spec.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        return spec.Substring ? new Regex(words, RegexOptions.IgnoreCase) : new Regex($@"^\W*{words}\W*$");
    }
}
