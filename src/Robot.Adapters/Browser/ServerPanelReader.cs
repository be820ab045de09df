using Microsoft.Playwright;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// Reads an open Edit panel of the Server only once it is filled, stable and names the row that was opened. Pages
/// fill such a panel from a request after it opens, some field by field, some first with the answer to the previous
/// row's request; some show a spinner meanwhile, some nothing. So no spinner is relied on: the panel is looked at
/// until its values have not changed for <c>PanelSettleMs</c>, its Name is the row's and no field every connection
/// has is blank. A panel that does not get there within the time limit is not read at all: no blank record, never
/// another row's.
/// </summary>
internal sealed class ServerPanelReader(SiteSelectors selectors, TimeSpan timeLimit, TimeSpan settle, TimeProvider clock)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    // How long one in-page wait for a quiet panel lasts before the panel is read anyway (one that never stops changing).
    private static readonly TimeSpan QuietSlice = TimeSpan.FromSeconds(1);

    /// <summary>The panel's values once it is filled; null when it did not fill in within the time limit.</summary>
    /// <param name="loginPage">Shown instead of the panel when the session expired (a fault worth trying again).</param>
    /// <param name="panel">
    /// The panel itself: when given, the page is asked to wait until it stops changing before it is read (one call instead of
    /// a read every 50 ms), and a read that nothing changed during is steady at once. Either way the values are read through
    /// the fields' own locators, and a panel still changing is steady only once two reads <c>settle</c> apart agree.
    /// </param>
    public async Task<ServerPanelSnapshot?> ReadAsync(LocatorScope inside, ILocator loginPage, string rowName, CancellationToken cancellationToken, ILocator? panel = null)
    {
        var started = clock.GetTimestamp();
        ServerPanelSnapshot? last = null;
        var unchangedSince = TimeSpan.Zero;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var quiet = panel is not null && await PanelQuiet.WaitAsync(panel, settle, Min(QuietSlice, timeLimit - clock.GetElapsedTime(started))).ConfigureAwait(false);
            var snapshot = await LookAsync(inside).ConfigureAwait(false);
            var readSteady = quiet && await PanelQuiet.UnchangedAsync(panel!).ConfigureAwait(false);
            var now = clock.GetElapsedTime(started);
            if (snapshot.IsGone && await PageGuard.ShownAsync(loginPage).ConfigureAwait(false))
                throw new SystemFaultException("the Server session has expired (the login page shows)");
            if (snapshot != last)
            {
                last = snapshot;
                unchangedSince = now;
            }
            var steady = readSteady || now - unchangedSince >= settle;
            if (steady && snapshot.IsComplete(rowName)) return snapshot;
            if (now >= timeLimit) return steady && snapshot.IsLoadedWithBlanks(rowName) ? snapshot : null;
            if (panel is null || !quiet) await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b < TimeSpan.Zero ? TimeSpan.Zero : b;

    public string NotFilledMessage(string rowName) =>
        $"the Edit panel of '{rowName}' did not fill in within {timeLimit.TotalSeconds:0.#} s";

    /// <summary>Every field at once, without waiting for any (Playwright pipelines the calls). A field whose key server.json leaves out (an optional one) is not shown.</summary>
    private async Task<ServerPanelSnapshot> LookAsync(LocatorScope inside)
    {
        var fields = ServerPanelSnapshot.Fields.Where(field => selectors.Has(field.Key)).ToList();
        var values = await Task.WhenAll(fields
            .Select(field => selectors.Find(inside, field.Key).EvaluateAllAsync<string?>(Credentials.PanelValues.VisibleValue))).ConfigureAwait(false);
        return new ServerPanelSnapshot(fields.Zip(values).ToDictionary(pair => pair.First.Label, pair => pair.Second, StringComparer.Ordinal));
    }
}
