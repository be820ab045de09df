using Microsoft.Playwright;

namespace Robot.Adapters.Browser;

/// <summary>
/// Where a selector is looked for: a whole page, the document inside an iframe (the Cloud app lives in one,
/// from another origin), or the inside of an element already found (a dialog, a table row).
/// </summary>
public sealed class LocatorScope
{
    private readonly IPage? page;
    private readonly IFrameLocator? frame;
    private readonly ILocator? parent;

    private LocatorScope(IPage? page, IFrameLocator? frame, ILocator? parent)
    {
        this.page = page;
        this.frame = frame;
        this.parent = parent;
    }

    public static LocatorScope Of(IPage page) => new(page, null, null);

    public static LocatorScope Of(IFrameLocator frame) => new(null, frame, null);

    public static LocatorScope Of(ILocator parent) => new(null, null, parent);

    public string Describe() => page is not null ? "page" : frame is not null ? "frame" : "element";

    /// <summary>The Playwright locator for <paramref name="spec"/> in this scope (lazy: nothing is looked up yet).</summary>
    public ILocator Find(SelectorSpec spec) => spec.Kind switch
    {
        SelectorKind.Role => ByRole(spec.Role!.Value, spec.Value, exact: !spec.Substring),
        SelectorKind.Label => ByLabel(spec.Value, exact: !spec.Substring),
        SelectorKind.Text => ByText(spec.Value, exact: !spec.Substring),
        SelectorKind.Placeholder => ByPlaceholder(spec.Value, exact: !spec.Substring),
        SelectorKind.Css => ByCss(spec.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, null),
    };

    private ILocator ByRole(AriaRole role, string name, bool exact)
    {
        var hasName = name.Length > 0;
        if (page is not null)
            return page.GetByRole(role, hasName ? new PageGetByRoleOptions { Name = name, Exact = exact } : null);
        if (frame is not null)
            return frame.GetByRole(role, hasName ? new FrameLocatorGetByRoleOptions { Name = name, Exact = exact } : null);
        return parent!.GetByRole(role, hasName ? new LocatorGetByRoleOptions { Name = name, Exact = exact } : null);
    }

    private ILocator ByLabel(string text, bool exact) =>
        page?.GetByLabel(text, new PageGetByLabelOptions { Exact = exact })
        ?? frame?.GetByLabel(text, new FrameLocatorGetByLabelOptions { Exact = exact })
        ?? parent!.GetByLabel(text, new LocatorGetByLabelOptions { Exact = exact });

    private ILocator ByText(string text, bool exact) =>
        page?.GetByText(text, new PageGetByTextOptions { Exact = exact })
        ?? frame?.GetByText(text, new FrameLocatorGetByTextOptions { Exact = exact })
        ?? parent!.GetByText(text, new LocatorGetByTextOptions { Exact = exact });

    private ILocator ByPlaceholder(string text, bool exact) =>
        page?.GetByPlaceholder(text, new PageGetByPlaceholderOptions { Exact = exact })
        ?? frame?.GetByPlaceholder(text, new FrameLocatorGetByPlaceholderOptions { Exact = exact })
        ?? parent!.GetByPlaceholder(text, new LocatorGetByPlaceholderOptions { Exact = exact });

    private ILocator ByCss(string css) =>
        page?.Locator(css) ?? frame?.Locator(css) ?? parent!.Locator(css);

    /// <summary>The document inside the iframe that <paramref name="iframe"/> finds.</summary>
    public static LocatorScope InsideFrame(ILocator iframe) => Of(iframe.ContentFrame);
}
