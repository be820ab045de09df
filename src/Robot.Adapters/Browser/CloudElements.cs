using Microsoft.Playwright;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// A part of the page that, once shown, proves the page around a key is loaded: the app, the list, a panel.
/// <paramref name="AnchorKey"/> names the selector of <paramref name="Anchor"/> (null when it is not one), so that a
/// missing anchor is itself judged within <paramref name="Parent"/>. <paramref name="MustHoldFields"/>: a panel counts
/// as loaded only once it shows a form control (some UIs open an empty dialog and fill it later).
/// </summary>
internal sealed record PageRegion(string Name, ILocator Anchor, string? AnchorKey, PageRegion? Parent, bool MustHoldFields = false);

/// <summary>
/// Acts on elements by selector key and tells "slow" from "not there" once a wait has run out: when the region around
/// the key is shown, holds its fields and nothing in the app is loading, and yet the key matches no element at all,
/// the UI has changed (<see cref="ChangedUiException"/>, not retried). An element that exists but is hidden or
/// disabled, a loading indicator, or an expired session leave the timeout as it was: a transient fault.
/// </summary>
internal sealed class CloudElements(CloudPage cloud)
{
    private const string FormControls =
        "input:visible, textarea:visible, select:visible, [role=combobox]:visible, [role=textbox]:visible";

    private const string Interactive = "a:visible, button:visible, [role=tab]:visible, [role=link]:visible, [role=button]:visible";

    /// <summary>The app inside its iframe, loaded once any link, tab or button of it shows.</summary>
    public PageRegion App => new("the app's admin page", cloud.App.Find(new SelectorSpec(SelectorKind.Css, false, Interactive)).First, null, null);

    public PageRegion List => new("the Incoming Mail Connections list", cloud.Selectors.Find(cloud.App, "list.heading"), "list.heading", App);

    public PageRegion OAuthList => new("the OAuth2 Credentials list", cloud.Selectors.Find(cloud.App, "oauthList.heading"), "oauthList.heading", App);

    public PageRegion Panel(string dialogKey, ILocator dialog) =>
        new(dialogKey == "panel.addDialog" ? "the Add panel" : "the Edit panel", dialog, dialogKey, App, MustHoldFields: true);

    public Task ClickAsync(LocatorScope scope, string key, PageRegion region) =>
        ActAsync(key, cloud.Selectors.Find(scope, key), region, target => target.ClickAsync());

    public Task FillAsync(LocatorScope scope, string key, string value, PageRegion region) =>
        ActAsync(key, cloud.Selectors.Find(scope, key), region, target => target.FillAsync(value));

    /// <summary>Waits for the key's element; the app's "session has expired" page ends the wait at once.</summary>
    public Task WaitShownAsync(LocatorScope scope, string key, PageRegion region) =>
        ActAsync(key, cloud.Selectors.Find(scope, key), region, async target =>
        {
            var expired = cloud.Selectors.Find(cloud.App, "app.sessionExpired");
            await target.First.Or(expired).First.WaitForAsync().ConfigureAwait(false);
            if (await PageGuard.ShownAsync(expired).ConfigureAwait(false) && !await PageGuard.ShownAsync(target).ConfigureAwait(false))
                throw cloud.Expired();
        });

    /// <summary>Runs <paramref name="act"/> on the key's element; a wait that ran out on a missing element becomes a changed UI.</summary>
    public async Task ActAsync(string key, ILocator target, PageRegion region, Func<ILocator, Task> act)
    {
        try
        {
            await act(target).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            if (await ChangedAsync(key, target, region).ConfigureAwait(false) is { } changed) throw changed;
            throw;
        }
    }

    /// <summary>The changed UI that explains a wait on <paramref name="key"/> running out, or null when the page may just be slow.</summary>
    public async Task<ChangedUiException?> ChangedAsync(string key, ILocator target, PageRegion region)
    {
        try
        {
            if (await cloud.SessionExpiredAsync().ConfigureAwait(false)) return null;
            if (await target.CountAsync().ConfigureAwait(false) > 0) return null;
            if (!await PageGuard.ShownAsync(region.Anchor).ConfigureAwait(false))
                return region is { AnchorKey: { } anchorKey, Parent: { } parent }
                    ? await ChangedAsync(anchorKey, region.Anchor, parent).ConfigureAwait(false)
                    : null;
            if (await PageGuard.ShownAsync(cloud.Selectors.Find(cloud.App, "list.loading")).ConfigureAwait(false)) return null;
            if (region.MustHoldFields && await region.Anchor.Locator(FormControls).CountAsync().ConfigureAwait(false) == 0) return null;
            return new ChangedUiException(cloud.Selectors.FilePath, key, cloud.Selectors[key].ToString(), region.Name);
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error))
        {
            return null;
        }
    }
}
