using Microsoft.Playwright;

namespace Robot.Adapters.Browser.Credentials;

/// <summary>Reads a panel's fields by selector key as a person sees them: the visible element's value (a select's chosen text).</summary>
internal static class PanelValues
{
    /// <summary>The visible one of the elements a key finds: its value, or a select's chosen text; null when none shows.</summary>
    internal const string VisibleValue = """
        els => {
          const e = els.find(x => x.checkVisibility ? x.checkVisibility() : x.offsetParent !== null);
          if (!e) return null;
          if (e.tagName === 'SELECT') return e.selectedIndex >= 0 ? e.options[e.selectedIndex].text : '';
          return e.value ?? e.textContent ?? '';
        }
        """;

    /// <summary>Each field's value by its name (null: not shown), read all at once.</summary>
    public static async Task<Dictionary<string, string?>> ReadAsync(SiteSelectors selectors, LocatorScope inside, IEnumerable<(string Name, string Key)> fields)
    {
        var shown = fields.Where(field => selectors.Has(field.Key)).ToList();
        var values = await Task.WhenAll(shown.Select(field => selectors.Find(inside, field.Key).EvaluateAllAsync<string?>(VisibleValue))).ConfigureAwait(false);
        return shown.Zip(values).ToDictionary(pair => pair.First.Name, pair => pair.Second, StringComparer.Ordinal);
    }

    /// <summary>
    /// Waits until the panel names <paramref name="rowName"/> and its values have not changed for <paramref name="settle"/>
    /// (panels fill from a request after they open); then returns them.
    /// </summary>
    public static async Task<Dictionary<string, string?>> WhenFilledAsync(Func<Task<Dictionary<string, string?>>> read, string rowName,
        TimeSpan settle, TimeSpan limit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        string? last = null;
        var since = TimeSpan.Zero;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = await read().ConfigureAwait(false);
            var now = clock.GetElapsedTime(started);
            var text = string.Join("\u0001", values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
            if (text != last) (last, since) = (text, now);
            var named = string.Equals(Robot.Domain.NameText.Of(values.GetValueOrDefault("Name") ?? ""), rowName, StringComparison.Ordinal);
            if (named && now - since >= settle) return values;
            if (now >= limit) throw new TimeoutException($"the panel of '{rowName}' did not fill in within {limit.TotalSeconds:0.#} s");
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }
    }

    public static Task HiddenAsync(ILocator dialog) => dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
}
