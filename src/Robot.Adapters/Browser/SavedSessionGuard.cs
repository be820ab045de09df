using Microsoft.Playwright;

namespace Robot.Adapters.Browser;

/// <summary>
/// What a page object does instead of logging in when it entered through a saved session: it never types into a login
/// page (it has no password, and the page may be an identity provider's), it says the session has expired.
/// </summary>
internal static class SavedSessionGuard
{
    /// <summary>A session login that landed off the site (an SSO redirect to an identity provider) has expired.</summary>
    public static void ThrowIfLeftSite(IPage page, SiteLogin login)
    {
        if (login.Saved is not { } saved) return;
        if (!Uri.TryCreate(page.Url, UriKind.Absolute, out var here)) return;
        if (Uri.Compare(here, login.BaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            throw saved.Expired();
    }

    /// <summary>Called where a password would be typed: with a saved session, the site asking for one means it has expired.</summary>
    public static void ThrowInsteadOfTyping(SiteLogin login)
    {
        if (login.Saved is { } saved) throw saved.Expired();
    }
}
