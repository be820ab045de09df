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

    // Each element with its text, and how many shown messages say each thing.
    private const string Mark = "(els, token) => {" + Words + """
          const marks = (window.__robotMarks ??= {});
          marks[token] = { seen: new WeakMap(els.map(e => [e, e.textContent])), counts: count(shown(els)) };
          return els.length;
        }
        """;

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
        internal Before(string key, string token)
        {
            Key = key;
            Token = token;
        }

        public string Key { get; }

        internal string Token { get; }
    }

    /// <summary>Marks every message of <paramref name="key"/> present now.</summary>
    public async Task<Before> MarkAsync(string key)
    {
        var before = new Before(key, Guid.NewGuid().ToString("N"));
        foreach (var place in Places(key))
            await TryAsync(place.EvaluateAllAsync<int>(Mark, before.Token)).ConfigureAwait(false);
        return before;
    }

    /// <summary>The text of a message of that key that appeared (or changed) since the mark, or null.</summary>
    public async Task<string?> FreshAsync(Before before)
    {
        foreach (var place in Places(before.Key))
        {
            var texts = await TryAsync(place.EvaluateAllAsync<string[]>(Fresh, before.Token)).ConfigureAwait(false);
            if (texts is { Length: > 0 }) return texts[0];
        }
        return null;
    }

    /// <summary>In the app's document first, then in the host page (where a host's flags would show).</summary>
    private IEnumerable<ILocator> Places(string key) =>
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
