using Robot.Adapters.Configuration;

namespace Robot.Adapters.Browser;

/// <summary>
/// One site's <see cref="SelectorCatalog"/> as the page objects use it: every selector parsed once, up front,
/// so a missing or malformed key is refused with its file and key before the browser touches anything.
/// </summary>
public sealed class SiteSelectors
{
    private readonly SelectorCatalog catalog;
    private readonly Dictionary<string, SelectorSpec> specs = new(StringComparer.Ordinal);

    /// <param name="selectorKeys">Keys holding selectors (parsed and checked).</param>
    /// <param name="pathKeys">Keys holding URL paths such as "/login.jsp" (checked to start with '/').</param>
    /// <param name="optionalKeys">Selector keys a page object can do without; parsed when present.</param>
    public SiteSelectors(SelectorCatalog catalog, IEnumerable<string> selectorKeys, IEnumerable<string> pathKeys, IEnumerable<string>? optionalKeys = null)
    {
        this.catalog = catalog;
        var selectors = selectorKeys.ToList();
        var paths = pathKeys.ToList();
        catalog.RequireAll(selectors.Concat(paths));
        foreach (var key in selectors) specs[key] = ParseOrThrow(key, catalog.Get(key));
        foreach (var key in optionalKeys ?? [])
            if (catalog.TryGet(key, out var value)) specs[key] = ParseOrThrow(key, value);
        foreach (var key in paths)
        {
            var path = catalog.Get(key);
            if (!path.StartsWith('/'))
                throw new ConfigurationException(catalog.FilePath, key, $"must be a path starting with '/', not '{path}'");
        }
    }

    public string FilePath => catalog.FilePath;

    public SelectorSpec this[string key] =>
        specs.TryGetValue(key, out var spec) ? spec : throw new ConfigurationException(catalog.FilePath, key, "is missing or was not declared by the page object");

    public bool Has(string key) => specs.ContainsKey(key);

    public string Path(string key) => catalog.Get(key);

    /// <summary>The locator of <paramref name="key"/> in <paramref name="scope"/>, with placeholders such as {name} filled.</summary>
    public Microsoft.Playwright.ILocator Find(LocatorScope scope, string key, string? name = null, string? value = null)
    {
        var spec = this[key];
        if (name is not null || value is not null)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (name is not null) values["name"] = name;
            if (value is not null) values["value"] = value;
            spec = spec.With(values);
        }
        return scope.Find(spec);
    }

    private SelectorSpec ParseOrThrow(string key, string text) =>
        SelectorSpec.TryParse(text, out var spec, out var error)
            ? spec!
            : throw new ConfigurationException(catalog.FilePath, key, error);
}
