using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Domain;

namespace Robot.Adapters.Probe;

/// <summary>An open dropdown's options: where they render (the listbox it names, else the app's document) and their names.</summary>
internal sealed record OfferedOptions(LocatorScope Scope, IReadOnlyList<string> Names)
{
    /// <summary>Whether the option selector finds an option of exactly this name (as the robot looks for it).</summary>
    public async Task<bool> OffersAsync(CloudProbe cloud, string name) =>
        await cloud.Selectors.Find(Scope, "panel.option", value: name).CountAsync().ConfigureAwait(false) > 0;

    /// <summary>Closes the open list by choosing its first option (Escape may close a whole dialog on some UIs).</summary>
    public Task CloseAsync(CloudProbe cloud) => cloud.Selectors.Find(Scope, "panel.option", value: "").First.ClickAsync();
}

/// <summary>Opens a Cloud dropdown and reads what it offers, wherever its listbox renders (as the robot looks for options).</summary>
internal static class ProbeDropdown
{
    private const string ListboxIds = """
        el => [...new Set([el, ...el.querySelectorAll('[aria-controls], [aria-owns]')]
          .flatMap(n => [n.getAttribute('aria-controls'), n.getAttribute('aria-owns')])
          .filter(v => v).flatMap(v => v.split(/\s+/)))]
        """;

    public static async Task<OfferedOptions> OpenAsync(CloudProbe cloud, ILocator combo)
    {
        await combo.First.ClickAsync().ConfigureAwait(false);
        var ids = await combo.First.EvaluateAsync<string[]>(ListboxIds).ConfigureAwait(false);
        var scope = ids.Length == 0
            ? cloud.App
            : LocatorScope.Of(cloud.App.Find(new SelectorSpec(SelectorKind.Css, false,
                string.Join(", ", ids.Select(id => $"[id=\"{id.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]")))));
        var any = cloud.Selectors.Find(scope, "panel.option", value: "");
        try { await any.First.WaitForAsync().ConfigureAwait(false); }
        catch (TimeoutException) { await cloud.CheckAsync(scope, "panel.option", many: true, value: "", wait: false).ConfigureAwait(false); }
        var names = (await any.AllTextContentsAsync().ConfigureAwait(false)).Select(NameText.Of).Where(n => n.Length > 0).ToList();
        return new OfferedOptions(scope, names);
    }
}
