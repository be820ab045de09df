using Microsoft.Playwright;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// A dropdown as UI kits build them: a div or an input with role=combobox. Its chosen value is what the control
/// exposes (an input's value, a select's chosen option, else its own text without decorations); its options are
/// looked for in the listbox it names (aria-controls or aria-owns), wherever that is rendered (often a portal at the
/// end of the body), else anywhere in the app's document.
/// </summary>
internal sealed class CloudDropdown(CloudPage cloud)
{
    /// <summary>The page script reading a dropdown's chosen value (an input's value, a select's option, else its text).</summary>
    internal const string ChosenValue = "el => {\n" + PageScripts.Flat + """
          if (el instanceof HTMLSelectElement) return flat(el.selectedOptions[0]?.textContent);
          if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return flat(el.value);
          const c = el.cloneNode(true);
          c.querySelectorAll('[aria-hidden="true"], input, [role=listbox]').forEach(n => n.remove());
          const text = flat(c.textContent);
          if (text) return text;
          const input = el.querySelector('input');
          return flat(input ? input.value : '');
        }
        """;

    // Waits in the page until the listbox the dropdown names (by aria-controls/aria-owns; the whole document when it
    // names none) shows an option, polling its own DOM, no round trips: [shown|timedOut|detached, the ids, the options' names…].
    private const string OpenedOptions = """
        (els, ms) => new Promise(resolve => {
          const el = els[0];
          if (!el) return resolve(['detached', '']);

        """ + PageScripts.Flat + """
          const start = Date.now();
          const ids = () => [...new Set([el, ...el.querySelectorAll('[aria-controls], [aria-owns]')]
            .flatMap(n => [n.getAttribute('aria-controls'), n.getAttribute('aria-owns')])
            .filter(v => v).flatMap(v => v.split(/\s+/)))];
          const shown = n => n.checkVisibility ? n.checkVisibility() && n.getBoundingClientRect().width > 0 : n.offsetParent !== null;
          const nameOf = n => {
            const by = (n.getAttribute('aria-labelledby') || '').split(/\s+/).map(id => n.ownerDocument.getElementById(id)).filter(x => x);
            if (by.length) return flat(by.map(x => x.textContent).join(' '));
            const aria = n.getAttribute('aria-label');
            return flat(aria && aria.trim() ? aria : n.textContent);
          };
          const tick = () => {
            const named = ids();
            const boxes = named.length ? named.map(id => el.ownerDocument.getElementById(id)).filter(x => x) : [el.ownerDocument];
            const options = boxes.flatMap(box => [...box.querySelectorAll('[role=option], option:not([role])')]).filter(shown);
            if (options.length) return resolve(['shown', named.join(' '), ...options.map(nameOf)]);
            if (!el.isConnected) return resolve(['detached', '']);
            if (Date.now() - start > ms) return resolve(['timedOut', named.join(' ')]);
            setTimeout(tick, 25);
          };
          tick();
        })
        """;

    // Waits in the page (up to ms) for the dropdown to show the value as chosen; false when it did not, or was re-rendered.
    private static readonly string ShowsChosen = """
        (els, [value, ms]) => new Promise(resolve => {
          const el = els[0];
          const chosenOf = 
        """ + ChosenValue + """
        ;
          const start = Date.now();
          const tick = () => {
            if (el && el.isConnected && chosenOf(el) === value) return resolve(true);
            if (!el || !el.isConnected || Date.now() - start > ms) return resolve(false);
            setTimeout(tick, 25);
          };
          tick();
        })
        """;

    // How long one in-page wait for the chosen value lasts before the control is looked up again (it may be re-rendered).
    private static readonly TimeSpan ChosenSlice = TimeSpan.FromSeconds(1);

    /// <summary>The value the dropdown shows as chosen, blanks folded.</summary>
    /// <remarks>
    /// One evalOnSelectorAll when the dropdown is there (a locator's EvaluateAsync is three round trips: find, evaluate,
    /// release); one not there yet is waited for, as EvaluateAsync does.
    /// </remarks>
    public async Task<string> ChosenAsync(ILocator combo) =>
        await combo.EvaluateAllAsync<string?>(ChosenOfFirst).ConfigureAwait(false)
        ?? await combo.First.EvaluateAsync<string>(ChosenValue).ConfigureAwait(false);

    private static readonly string ChosenOfFirst = $"els => els.length ? ({ChosenValue})(els[0]) : null";

    /// <summary>
    /// Opens the dropdown and clicks the option of exactly that name, unless it is chosen already (<paramref name="chosenNow"/>:
    /// what a probe of the panel just read; a "chosen already" is asked of the control itself before it is believed).
    /// </summary>
    /// <returns>Whether the choice changed (what follows it on the panel may have changed too).</returns>
    public async Task<bool> ChooseAsync(LocatorScope inside, string comboKey, string value, string? chosenNow = null)
    {
        var selectors = cloud.Selectors;
        var combo = selectors.Find(inside, comboKey);
        if ((chosenNow is null || string.Equals(chosenNow, value, StringComparison.Ordinal))
            && string.Equals(await ChosenAsync(combo).ConfigureAwait(false), value, StringComparison.Ordinal)) return false;
        await combo.ClickAsync().ConfigureAwait(false);
        // Some lists load their options a moment after they open.
        var (options, offered) = await OpenedOptionsAsync(combo, comboKey).ConfigureAwait(false);
        var option = selectors.Find(options, "panel.option", value: value);
        // The page script's names are a shortcut; only Playwright's own count of the option refuses the value.
        if (!offered.Contains(value, StringComparer.Ordinal) && await option.CountAsync().ConfigureAwait(false) == 0)
        {
            var listed = await selectors.Find(options, "panel.option", value: "").AllTextContentsAsync().ConfigureAwait(false);
            await combo.PressAsync("Escape").ConfigureAwait(false);
            throw new BusinessFaultException(
                $"'{value}' is not offered by {selectors[comboKey]} (offered: {string.Join(", ", listed.Select(Flatten))})");
        }
        await option.First.ClickAsync().ConfigureAwait(false);
        await PageGuard.UntilAsync(async () =>
            await combo.EvaluateAllAsync<bool>(ShowsChosen, new object[] { value, ChosenSlice.TotalMilliseconds }).ConfigureAwait(false) ? "chosen" : null,
            cloud.Timeout, $"{selectors[comboKey]} to show '{value}'").ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Once the open dropdown shows options: the listbox it names, found by id in the app's document (the whole document
    /// when it names none), and the names of the options shown. When the options are not chosen by role, Playwright waits.
    /// </summary>
    private async Task<(LocatorScope Options, IReadOnlyList<string> Offered)> OpenedOptionsAsync(ILocator combo, string comboKey)
    {
        if (cloud.Selectors["panel.option"] is not { Kind: SelectorKind.Role, Role: AriaRole.Option })
        {
            var scope = ScopeOf(await combo.First.EvaluateAsync<string[]>(ListboxIds).ConfigureAwait(false));
            await cloud.Selectors.Find(scope, "panel.option", value: "").First.WaitForAsync().ConfigureAwait(false);
            return (scope, []);
        }
        // A control re-rendered while it opens is looked up again.
        var opened = await PageGuard.UntilAsync(async () =>
        {
            var list = OpenedList.Of(await combo.EvaluateAllAsync<string[]>(OpenedOptions, cloud.Timeout.TotalMilliseconds).ConfigureAwait(false));
            return list.Detached ? null : list;
        }, cloud.Timeout, $"the options of {cloud.Selectors[comboKey]}").ConfigureAwait(false);
        if (opened.TimedOut)
            throw new TimeoutException($"waited {cloud.Timeout.TotalSeconds:0.#} s for the options of {cloud.Selectors[comboKey]}");
        return (ScopeOf(opened.Ids), opened.Offered);
    }

    private sealed record OpenedList(string[] Ids, string[] Offered, bool TimedOut, bool Detached)
    {
        public static OpenedList Of(string[] answer) => new(
            answer[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), answer[2..], answer[0] == "timedOut", answer[0] == "detached");
    }

    private const string ListboxIds = """
        el => {
          const ids = [el, ...el.querySelectorAll('[aria-controls], [aria-owns]')]
            .flatMap(n => [n.getAttribute('aria-controls'), n.getAttribute('aria-owns')])
            .filter(v => v).flatMap(v => v.split(/\s+/));
          return [...new Set(ids)];
        }
        """;

    private LocatorScope ScopeOf(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return cloud.App;
        var listbox = cloud.App.Find(new SelectorSpec(SelectorKind.Css, false, string.Join(", ", ids.Select(id => $"[id=\"{CssString(id)}\"]"))));
        return LocatorScope.Of(listbox);
    }

    private static string CssString(string raw) =>
        raw.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string Flatten(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
