using Microsoft.Playwright;

namespace Robot.Adapters.Browser;

/// <summary>
/// Which of a panel's fields show, asked in one evaluation for the whole panel instead of one visibility query per
/// field (each query is a round trip, and a DOM snapshot of the whole page when a trace is kept). The page script
/// matches the selector kinds the way Playwright's locators do (label, role and accessible name, text, placeholder,
/// css) and tells, for each field, whether its first match is visible, and a dropdown's chosen value.
/// A "shown" answer is acted on through the field's own locator (so a wrong one fails loudly, never writes elsewhere);
/// every "not shown" answer (and any the script cannot tell) is confirmed by Playwright itself, all of them in one
/// call when none shows, so a field is never left unfilled on the script's word alone.
/// </summary>
internal sealed class CloudPanelProbe(CloudPage cloud)
{
    private static readonly string Script = """
        (dialogs, specs) => {
          const root = dialogs[0];
          if (!root) return specs.map(() => '?');

        """ + PageScripts.Flat + """
          const chosenOf = 
        """ + CloudDropdown.ChosenValue + """
        ;
          const style = el => getComputedStyle(el);
          const visible = el => {
            if (!el.isConnected) return false;
            const s = style(el);
            if (s.display === 'contents') return [...el.children].some(visible);
            if (el.checkVisibility && !el.checkVisibility()) return false;
            if (s.visibility !== 'visible') return false;
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0;
          };
          const hiddenForAria = el => {
            for (let n = el; n; n = n.parentElement)
              if (n.getAttribute('aria-hidden') === 'true' || style(n).display === 'none') return true;
            return style(el).visibility !== 'visible';
          };
          const textOf = el => flat(el.textContent);
          const byIds = el => {
            const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(v => v);
            const found = ids.map(id => el.ownerDocument.getElementById(id)).filter(n => n);
            return found.length ? found.map(textOf) : null;
          };
          const labelable = el => ['BUTTON', 'METER', 'OUTPUT', 'PROGRESS', 'SELECT', 'TEXTAREA'].includes(el.nodeName)
            || (el.nodeName === 'INPUT' && el.type !== 'hidden');
          const labelsOf = el => {
            const by = byIds(el);
            if (by) return by;
            const aria = el.getAttribute('aria-label');
            if (aria && aria.trim()) return [flat(aria)];
            return labelable(el) && el.labels ? [...el.labels].map(textOf) : [];
          };
          const implicitRole = el => {
            const tag = el.nodeName;
            if (tag === 'INPUT') {
              const type = (el.getAttribute('type') || 'text').toLowerCase();
              const listed = el.hasAttribute('list');
              return { checkbox: 'checkbox', radio: 'radio', button: 'button', submit: 'button', reset: 'button', image: 'button',
                range: 'slider', number: 'spinbutton', search: listed ? 'combobox' : 'searchbox',
                text: listed ? 'combobox' : 'textbox', email: listed ? 'combobox' : 'textbox', tel: listed ? 'combobox' : 'textbox',
                url: listed ? 'combobox' : 'textbox' }[type] || '';
            }
            if (tag === 'SELECT') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
            return { TEXTAREA: 'textbox', BUTTON: 'button', OPTION: 'option', DIALOG: 'dialog', PROGRESS: 'progressbar',
              A: el.hasAttribute('href') ? 'link' : '' }[tag] || '';
          };
          const roleOf = el => (el.getAttribute('role') || '').trim().split(/\s+/)[0] || implicitRole(el);
          const fromContent = ['button', 'link', 'option', 'tab', 'cell', 'columnheader', 'rowheader', 'heading', 'menuitem',
            'checkbox', 'radio', 'switch', 'treeitem', 'tooltip'];
          const nameOf = el => {
            const by = byIds(el);
            if (by) return flat(by.join(' '));
            const aria = el.getAttribute('aria-label');
            if (aria && aria.trim()) return flat(aria);
            if (labelable(el) && el.labels && el.labels.length) return flat([...el.labels].map(textOf).join(' '));
            if (fromContent.includes(roleOf(el))) return textOf(el);
            return flat(el.getAttribute('title') || el.getAttribute('placeholder') || '');
          };
          const matches = (text, spec) => spec.exact
            ? text === flat(spec.value)
            : text.toLowerCase().includes(flat(spec.value).toLowerCase());
          const all = [...root.querySelectorAll('*')];
          const find = spec => {
            switch (spec.kind) {
              case 'label': return all.filter(el => labelsOf(el).some(t => matches(t, spec)));
              case 'role': return all.filter(el => roleOf(el) === spec.role && !hiddenForAria(el) && (spec.value === '' || matches(nameOf(el), spec)));
              case 'placeholder': return all.filter(el => el.hasAttribute('placeholder') && matches(flat(el.getAttribute('placeholder')), spec));
              case 'text': {
                const hits = all.filter(el => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.nodeName) && matches(textOf(el), spec));
                return hits.filter(el => !hits.some(other => other !== el && el.contains(other)));
              }
              case 'css': return [...root.querySelectorAll(spec.value)];
            }
            return null;
          };
          // Per spec: '?' (cannot tell), else '1' shown or '0' not, then '=' and the chosen value for a dropdown.
          return specs.map(spec => {
            try {
              const found = find(spec);
              if (!found) return '?';
              const first = found[0];
              const shown = !!first && visible(first);
              return (shown ? '1' : '0') + (first && spec.dropdown ? '=' + chosenOf(first) : '');
            } catch { return '?'; } // a selector the script cannot read (Playwright's own css extensions): Playwright answers
          });
        }
        """;

    /// <summary>Asks the panel once which of <paramref name="keys"/> show; <paramref name="dropdownKeys"/> also say their chosen value.</summary>
    public async Task<PanelShown> ReadAsync(CloudPanel panel, IReadOnlyCollection<string> keys, IReadOnlyCollection<string> dropdownKeys)
    {
        var selectors = cloud.Selectors;
        var specs = keys.Select(key => Spec(key, selectors[key], dropdownKeys.Contains(key))).ToArray();
        var answers = specs.Length == 0 ? [] : await panel.Dialog.EvaluateAllAsync<string[]>(Script, specs).ConfigureAwait(false);
        var shown = new Dictionary<string, bool>(StringComparer.Ordinal);
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, answer) in keys.Zip(answers))
        {
            if (answer.StartsWith('?')) continue;
            shown[key] = answer.StartsWith('1');
            if (answer.Length > 1 && answer[1] == '=') chosen[key] = answer[2..];
        }
        return new PanelShown(cloud, panel, keys.ToList(), shown, chosen);
    }

    private static Dictionary<string, object> Spec(string key, SelectorSpec spec, bool dropdown) => new()
    {
        ["key"] = key,
        ["kind"] = spec.Kind.ToString().ToLowerInvariant(),
        ["exact"] = !spec.Substring,
        ["value"] = spec.Value,
        ["role"] = spec.Role?.ToString().ToLowerInvariant() ?? "",
        ["dropdown"] = dropdown,
    };
}

/// <summary>The probe's answers for one panel; "not shown" is confirmed by Playwright before it is believed.</summary>
internal sealed class PanelShown(CloudPage cloud, CloudPanel panel, IReadOnlyList<string> keys,
    IReadOnlyDictionary<string, bool> shown, IReadOnlyDictionary<string, string> chosen)
{
    private bool? noneOfTheRestShows;

    /// <summary>The dropdown's chosen value as the probe read it (null when it did not).</summary>
    public string? Chosen(string key) => chosen.GetValueOrDefault(key);

    /// <summary>Whether the field shows: the probe's "yes", or Playwright's own answer where the probe said no or could not tell.</summary>
    public async Task<bool> ShownAsync(string key)
    {
        if (shown.GetValueOrDefault(key)) return true;
        // One call answers for every field the probe did not see: when none of them shows, none needs asking alone.
        noneOfTheRestShows ??= await NoneShowsAsync(keys.Where(k => !shown.GetValueOrDefault(k)).ToList()).ConfigureAwait(false);
        return noneOfTheRestShows == false && await PageGuard.ShownAsync(Find(key)).ConfigureAwait(false);
    }

    /// <summary>Whether the field shows by Playwright's own answer (for a text whose showing refuses the connection).</summary>
    public async Task<bool> ConfirmedShownAsync(string key) =>
        shown.GetValueOrDefault(key) ? await PageGuard.ShownAsync(Find(key)).ConfigureAwait(false) : await ShownAsync(key).ConfigureAwait(false);

    private async Task<bool> NoneShowsAsync(IReadOnlyList<string> unseen)
    {
        if (unseen.Count == 0) return true;
        var any = unseen.Select(Find).Aggregate((union, next) => union.Or(next));
        return await any.Filter(new() { Visible = true }).CountAsync().ConfigureAwait(false) == 0;
    }

    private ILocator Find(string key) => cloud.Selectors.Find(panel.Inside, key);
}
