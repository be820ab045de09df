using System.Diagnostics;
using Microsoft.Playwright;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>Turns what Playwright throws into the ports' fault vocabulary, and waits on conditions with a deadline.</summary>
internal static class PageGuard
{
    /// <summary>True for exceptions that mean "the machinery failed" (a wait ran out, the page or browser went away).</summary>
    public static bool IsMachineryFault(Exception error) =>
        error is TimeoutException or PlaywrightException && error is not SystemFaultException and not BusinessFaultException;

    /// <summary>The first line of a Playwright message (the rest is a call log that may quote page text).</summary>
    public static string Short(Exception error)
    {
        var text = error.Message;
        var cut = text.IndexOfAny(['\r', '\n']);
        if (cut >= 0) text = text[..cut];
        text = text.Trim();
        return text.Length > 300 ? text[..300] + "…" : text;
    }

    /// <summary>Polls <paramref name="probe"/> until it gives a value, or throws <see cref="TimeoutException"/> naming what was awaited.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what, CancellationToken cancellationToken = default)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(25);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var value = await probe().ConfigureAwait(false);
            if (value is not null) return value;
            if (clock.Elapsed > timeout) throw new TimeoutException($"waited {timeout.TotalSeconds:0.#} s for {what}");
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            if (pause < TimeSpan.FromMilliseconds(200)) pause *= 2;
        }
    }

    /// <summary>
    /// Waits up to <paramref name="timeout"/> (at least 1 ms) for <paramref name="locator"/> to show: true when it did,
    /// false when the time ran out (one Playwright wait, no polling).
    /// </summary>
    public static async Task<bool> ShowsWithinAsync(ILocator locator, TimeSpan timeout)
    {
        try
        {
            await locator.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Math.Max(1, timeout.TotalMilliseconds) }).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Whether the element is there and shown right now (no waiting).</summary>
    public static async Task<bool> ShownAsync(ILocator locator)
    {
        try
        {
            return await locator.First.IsVisibleAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    /// <summary>
    /// Waits until nothing in <paramref name="region"/> has changed for <paramref name="quiet"/> (its DOM: nodes, attributes,
    /// text), or <paramref name="limit"/> has passed: a part of the page that a choice re-renders is read only once it has.
    /// </summary>
    public static Task SettledAsync(ILocator region, TimeSpan quiet, TimeSpan limit) =>
        region.EvaluateAllAsync<bool>("""
            ([el], [quiet, limit]) => !el ? true : new Promise(resolve => {
              const start = Date.now();
              let timer = null;
              const done = () => { observer.disconnect(); resolve(true); };
              const observer = new MutationObserver(() => {
                clearTimeout(timer);
                timer = Date.now() - start > limit ? (done(), null) : setTimeout(done, quiet);
              });
              observer.observe(el, { subtree: true, childList: true, attributes: true, characterData: true });
              timer = setTimeout(done, quiet);
            })
            """, new[] { quiet.TotalMilliseconds, limit.TotalMilliseconds });

    /// <summary>Clicks a form's submit button and waits until the page it leads to (a new document) has loaded.</summary>
    public static async Task ClickAndWaitForNewDocumentAsync(IPage page, ILocator button)
    {
        await page.EvaluateAsync("() => { window.__robotOldDocument = true; }").ConfigureAwait(false);
        await button.ClickAsync().ConfigureAwait(false);
        await page.WaitForFunctionAsync("() => !window.__robotOldDocument && document.readyState !== 'loading'").ConfigureAwait(false);
    }
}
