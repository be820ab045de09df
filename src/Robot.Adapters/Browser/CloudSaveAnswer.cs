using System.Diagnostics;
using Microsoft.Playwright;

namespace Robot.Adapters.Browser;

/// <summary>
/// Guide step 6's answer: accepted, the panel closes; refused, it stays open under a new error flag. Both, and the
/// app's "session has expired" page, are waited for in one Playwright wait in the app's document (where the panel is).
/// A flag the host page shows around the app is looked for each time that wait ends, which it does at least every few
/// seconds so that such a flag is not waited past.
/// </summary>
internal sealed class CloudSaveAnswer(CloudPage cloud, CloudMessages messages)
{
    private static readonly TimeSpan FirstSlice = TimeSpan.FromSeconds(1);

    /// <summary>The error flag that answered the Save, or null once the panel (<paramref name="dialog"/>) has closed.</summary>
    /// <exception cref="TimeoutException">Neither came within the page's timeout.</exception>
    public async Task<string?> WaitAsync(ILocator dialog, CloudMessages.Before errors)
    {
        var expired = cloud.Selectors.Find(cloud.App, "app.sessionExpired");
        var shownPanel = dialog.Filter(new LocatorFilterOptions { Visible = true });
        var closed = cloud.App.Find(new SelectorSpec(SelectorKind.Css, false, "body")).Filter(new LocatorFilterOptions { HasNot = shownPanel });
        var answer = messages.Unmarked(errors).Or(expired).Or(closed).First;
        var clock = Stopwatch.StartNew();
        var slice = FirstSlice;
        var pause = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var left = cloud.Timeout - clock.Elapsed;
            var ended = await PageGuard.ShowsWithinAsync(answer, slice < left ? slice : left).ConfigureAwait(false);
            if (!await PageGuard.ShownAsync(dialog).ConfigureAwait(false)) return null;
            if (await messages.FreshAsync(errors).ConfigureAwait(false) is { } flag) return flag;
            if (await cloud.ExpiredNowAsync().ConfigureAwait(false)) throw cloud.Expired();
            if (clock.Elapsed >= cloud.Timeout) throw new TimeoutException($"waited {cloud.Timeout.TotalSeconds:0.#} s for the Save to answer");
            if (slice < TimeSpan.FromSeconds(4)) slice *= 2;
            // The wait ended on something that is no answer (a flag drawn again with the same words): asked again now and then.
            if (!ended) continue;
            await Task.Delay(pause).ConfigureAwait(false);
            if (pause < TimeSpan.FromMilliseconds(400)) pause *= 2;
        }
    }
}
