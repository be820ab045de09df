using Robot.Adapters.Configuration;
using Robot.Domain.Kinds.OAuth2;

namespace Robot.Adapters.Browser.Credentials;

/// <summary>
/// The selector keys the OAuth2 Credentials page objects need, on top of each site's own. A selectors file without
/// the kind's panel key (an older skin) turns the kind off: the robot says so and migrates connections only.
/// </summary>
public static class CredentialSelectors
{
    private static OAuth2Credentials Kind => OAuth2Credentials.Kind;

    public static readonly IReadOnlyList<string> ServerKeys =
    [
        "admin.oauthCredentialsLink", "oauthList.heading", "oauthList.row", "oauthList.actionsButton", "oauthList.editItem",
        "oauthPanel.dialog", "oauthPanel.close",
        .. Kind.Fields.RequiredServerKeys,
    ];

    public static readonly IReadOnlyList<string> CloudKeys =
    [
        "oauthList.addButton", "oauthList.editButton", "oauthPanel.addDialog", "oauthPanel.editDialog",
        .. Kind.Fields.CloudKeys,
    ];

    /// <summary>server.json with the kind's keys checked, or null when it has no "oauthPanel.dialog".</summary>
    public static SiteSelectors? Server(SelectorCatalog catalog) =>
        catalog.TryGet("oauthPanel.dialog", out _)
            ? new SiteSelectors(catalog, PlaywrightServerSite.SelectorKeys.Concat(ServerKeys), PlaywrightServerSite.PathKeys,
                PlaywrightServerSite.OptionalKeys.Concat(Kind.Fields.OptionalServerKeys))
            : null;

    /// <summary>cloud.json with the kind's keys checked, or null when it has no "oauthPanel.addDialog".</summary>
    public static SiteSelectors? Cloud(SelectorCatalog catalog) =>
        catalog.TryGet("oauthPanel.addDialog", out _)
            ? new SiteSelectors(catalog, PlaywrightCloudSite.SelectorKeys.Concat(CloudKeys), PlaywrightCloudSite.PathKeys, PlaywrightCloudSite.OptionalKeys)
            : null;
}
