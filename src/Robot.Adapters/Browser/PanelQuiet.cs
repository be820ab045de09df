using Microsoft.Playwright;

namespace Robot.Adapters.Browser;

/// <summary>
/// Waits inside the page (polling its own DOM, no round trips) until a panel has stopped changing: its rendered text and
/// every form control's value and visibility the same for a quiet time. Then, after the panel has been read through
/// Playwright's own locators, tells whether anything changed while it was read. Both act on whatever element the
/// locator finds now (none: not quiet, changed), and never wait for one to appear.
/// </summary>
internal static class PanelQuiet
{
    private const string Print = """
        const print = el => el.innerText + '\u0001' + [...el.querySelectorAll('input, select, textarea')]
          .map(c => (c.checkVisibility ? c.checkVisibility() : c.offsetParent !== null) + ':'
            + (c.type === 'checkbox' || c.type === 'radio' ? c.checked : c.value)).join('\u0001');
        """;

    private const string Quiet = "(els, [quiet, limit]) => {\n" + Print + """
          const el = els[0];
          if (!el) return false;
          return new Promise(resolve => {
            const start = Date.now();
            let last = print(el), since = start;
            const tick = () => {
              if (!el.isConnected) return resolve(false);
              const now = Date.now(), seen = print(el);
              if (seen !== last) { last = seen; since = now; }
              if (now - since >= quiet) { el.__robotQuietPrint = seen; return resolve(true); }
              if (now - start >= limit) return resolve(false);
              setTimeout(tick, 25);
            };
            setTimeout(tick, 25);
          });
        }
        """;

    private const string Unchanged = "els => {\n" + Print + """
          const el = els[0];
          return !!el && el.isConnected && el.__robotQuietPrint !== undefined && print(el) === el.__robotQuietPrint;
        }
        """;

    /// <summary>True once nothing in the panel changed for <paramref name="quiet"/>; false when <paramref name="limit"/> passed first or the panel is gone.</summary>
    public static Task<bool> WaitAsync(ILocator panel, TimeSpan quiet, TimeSpan limit) =>
        panel.EvaluateAllAsync<bool>(Quiet, new[] { quiet.TotalMilliseconds, limit.TotalMilliseconds });

    /// <summary>Whether the panel is as the last quiet wait left it (so what was read in between is one steady state).</summary>
    public static Task<bool> UnchangedAsync(ILocator panel) => panel.EvaluateAllAsync<bool>(Unchanged);
}
