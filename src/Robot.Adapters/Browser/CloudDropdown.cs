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
    private const string ChosenValue = """
        el => {
          const flat = s => (s || '').split(/\s+/).filter(w => w).join(' ');
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

    private const string ListboxIds = """
        el => {
          const ids = [el, ...el.querySelectorAll('[aria-controls], [aria-owns]')]
            .flatMap(n => [n.getAttribute('aria-controls'), n.getAttribute('aria-owns')])
            .filter(v => v).flatMap(v => v.split(/\s+/));
          return [...new Set(ids)];
        }
        """;

    /// <summary>The value the dropdown shows as chosen, blanks folded.</summary>
    public Task<string> ChosenAsync(ILocator combo) => combo.First.EvaluateAsync<string>(ChosenValue);

    /// <summary>Opens the dropdown and clicks the option of exactly that name, unless it is chosen already.</summary>
    /// <returns>Whether the choice changed (what follows it on the panel may have changed too).</returns>
    public async Task<bool> ChooseAsync(LocatorScope inside, string comboKey, string value)
    {
        var selectors = cloud.Selectors;
        var combo = selectors.Find(inside, comboKey);
        if (string.Equals(await ChosenAsync(combo).ConfigureAwait(false), value, StringComparison.Ordinal)) return false;
        await combo.ClickAsync().ConfigureAwait(false);
        var options = await OptionsScopeAsync(combo).ConfigureAwait(false);
        var anyOption = selectors.Find(options, "panel.option", value: "");
        // Some lists load their options a moment after they open.
        await anyOption.First.WaitForAsync().ConfigureAwait(false);
        var option = selectors.Find(options, "panel.option", value: value);
        if (await option.CountAsync().ConfigureAwait(false) == 0)
        {
            var offered = await anyOption.AllTextContentsAsync().ConfigureAwait(false);
            await combo.PressAsync("Escape").ConfigureAwait(false);
            throw new BusinessFaultException(
                $"'{value}' is not offered by {selectors[comboKey]} (offered: {string.Join(", ", offered.Select(Flatten))})");
        }
        await option.First.ClickAsync().ConfigureAwait(false);
        await PageGuard.UntilAsync(async () =>
            string.Equals(await ChosenAsync(combo).ConfigureAwait(false), value, StringComparison.Ordinal) ? "chosen" : null,
            cloud.Timeout, $"{selectors[comboKey]} to show '{value}'").ConfigureAwait(false);
        return true;
    }

    /// <summary>The listbox the open dropdown names, found by id in the app's document; the whole document when it names none.</summary>
    private async Task<LocatorScope> OptionsScopeAsync(ILocator combo)
    {
        var ids = await combo.First.EvaluateAsync<string[]>(ListboxIds).ConfigureAwait(false);
        if (ids.Length == 0) return cloud.App;
        var listbox = cloud.App.Find(new SelectorSpec(SelectorKind.Css, false, string.Join(", ", ids.Select(id => $"[id=\"{CssString(id)}\"]"))));
        return LocatorScope.Of(listbox);
    }

    private static string CssString(string raw) =>
        raw.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string Flatten(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
