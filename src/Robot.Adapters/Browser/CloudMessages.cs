using Microsoft.Playwright;

namespace Robot.Adapters.Browser;

/// <summary>
/// Messages the Cloud shows in answer to a click (Test Connection's result, Save's flags), wherever the selector key
/// finds them: in the app's document (in a dialog or page-level) or in the host page around it. A message counts as an
/// answer only if it appeared after the click: the ones present before it are marked (each element with its text, and
/// how many say each thing), and only an element that is new or whose text has changed since, saying something more
/// messages say now than before, is taken. A flag lingering from an earlier step, or drawn again, is no answer.
/// </summary>
internal sealed class CloudMessages(CloudPage cloud)
{
    // The words of a message without icons and dismiss buttons (aria-hidden or buttons), blanks folded.
    private const string Words = """
        const words = e => {
          const c = e.cloneNode(true);
          c.querySelectorAll('[aria-hidden="true"], button').forEach(n => n.remove());
          const leaves = [...c.querySelectorAll('*')].filter(n => n.children.length === 0).map(n => n.textContent);
          return (leaves.length ? leaves.join(' ') : (c.textContent || '')).split(/\s+/).filter(w => w).join(' ');
        };
        const shown = els => els.filter(e => e.getClientRects().length > 0);
        const count = els => { const n = new Map(); els.forEach(e => n.set(words(e), (n.get(words(e)) || 0) + 1)); return n; };
        """;

    // Each element with its text, and how many shown messages say each thing. Each is also tagged with the mark's token
    // until its text changes, so that one Playwright wait can look for a message that is not as it was (see Unmarked).
    private const string Mark = "(els, [token, attribute, keepMs]) => {" + Words + """
          const marks = (window.__robotMarks ??= {});
          marks[token] = { seen: new WeakMap(els.map(e => [e, e.textContent])), counts: count(shown(els)) };
          const texts = new Map(els.map(e => [e, e.textContent]));
          els.forEach(e => e.setAttribute(attribute, token));
          const untag = () => {
            for (const [e, text] of texts)
              if (e.textContent !== text) { if (e.getAttribute(attribute) === token) e.removeAttribute(attribute); texts.delete(e); }
            if (texts.size === 0) observer.disconnect();
          };
          const observer = new MutationObserver(untag);
          if (texts.size > 0) observer.observe(document, { subtree: true, childList: true, characterData: true });
          setTimeout(() => observer.disconnect(), keepMs);
          return els.length;
        }
        """;

    private const string Attribute = "data-robot-before";

    // A message is new when its element is new or its text changed, and more shown messages say it than before: a flag
    // drawn again with the same words (a list re-rendered) is not new, a second flag with the same words is.
    private const string Fresh = "(els, token) => {" + Words + """
          const mark = (window.__robotMarks ?? {})[token];
          const visible = shown(els);
          const now = count(visible);
          return visible
            .filter(e => !(mark && mark.seen.has(e) && mark.seen.get(e) === e.textContent))
            .map(words)
            .filter(text => text.length > 0 && (now.get(text) || 0) > ((mark && mark.counts.get(text)) || 0));
        }
        """;

    /// <summary>The messages of one selector key, as they stood just before a click.</summary>
    public sealed class Before
    {
        internal Before(string key, string token, IReadOnlyList<ILocator> places)
        {
            Key = key;
            Token = token;
            Places = places;
        }

        public string Key { get; }

        internal string Token { get; }

        internal IReadOnlyList<ILocator> Places { get; }
    }

    /// <summary>Marks every message of <paramref name="key"/> present now, in the app's document and the host page.</summary>
    public Task<Before> MarkAsync(string key) => MarkAsync(key, Places(key));

    /// <summary>Marks every message of <paramref name="key"/> present now in the app's document only: the answer of a panel shown there.</summary>
    public Task<Before> MarkInAppAsync(string key) => MarkAsync(key, [cloud.Selectors.Find(cloud.App, key)]);

    private async Task<Before> MarkAsync(string key, IReadOnlyList<ILocator> places)
    {
        var before = new Before(key, Guid.NewGuid().ToString("N"), places);
        var keepMs = (cloud.Timeout + cloud.Timeout).TotalMilliseconds;
        foreach (var place in places)
            await TryAsync(place.EvaluateAllAsync<int>(Mark, new object[] { before.Token, Attribute, keepMs })).ConfigureAwait(false);
        return before;
    }

    /// <summary>
    /// The shown messages of a mark made in the app's document that are not as they were when marked (new, or their text
    /// changed): what one Playwright wait can look for. A candidate only: <see cref="FreshAsync"/> decides.
    /// </summary>
    public ILocator Unmarked(Before before) =>
        before.Places[0]
            .And(cloud.App.Find(new SelectorSpec(SelectorKind.Css, false, $":not([{Attribute}='{before.Token}'])")))
            .Filter(new LocatorFilterOptions { Visible = true });

    /// <summary>The text of a message of that key that appeared (or changed) since the mark, or null.</summary>
    public async Task<string?> FreshAsync(Before before)
    {
        foreach (var place in before.Places)
        {
            var texts = await TryAsync(place.EvaluateAllAsync<string[]>(Fresh, before.Token)).ConfigureAwait(false);
            if (texts is { Length: > 0 }) return texts[0];
        }
        return null;
    }

    /// <summary>In the app's document first, then in the host page (where a host's flags would show).</summary>
    private IReadOnlyList<ILocator> Places(string key) =>
        [cloud.Selectors.Find(cloud.App, key), cloud.Selectors.Find(cloud.Top, key)];

    /// <summary>A page being redrawn may drop an element between finding and reading it: that reads as "nothing yet".</summary>
    private static async Task<T?> TryAsync<T>(Task<T> read)
    {
        try
        {
            return await read.ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return default;
        }
    }
}
