using Microsoft.Playwright;
using Robot.Adapters.Configuration;
using Robot.Domain;
using Robot.Domain.Kinds.OAuth2;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser.Credentials;

/// <summary>
/// The Server's OAuth2 Credentials along the vendor's page: SETTINGS → OAuth2 Credentials, on each wanted row the three
/// dots → Edit, read the "Edit OAuth2 Credentials" panel once it names the row, Cancel. The login is the Server page's
/// own (<see cref="PlaywrightServerSite"/>), so a saved or shared session serves it too.
/// </summary>
public sealed class PlaywrightServerCredentials(PlaywrightServerSite site, SiteSelectors selectors, PlaywrightSettings settings, Action<string>? log)
    : IAsyncDisposable
{
    private static OAuth2Credentials Kind => OAuth2Credentials.Kind;

    /// <summary>The credentials whose row name <paramref name="include"/> accepts, in the list's order.</summary>
    public async Task<IReadOnlyList<ServerOAuth2Credential>> ReadAsync(Func<string, bool> include, CancellationToken cancellationToken)
    {
        try
        {
            await site.LogInAsync(cancellationToken).ConfigureAwait(false);
            var page = site.OpenPage;
            var scope = LocatorScope.Of(page);
            Step("Server: go to OAuth2 Credentials under SETTINGS on the sidebar");
            await selectors.Find(scope, "admin.oauthCredentialsLink").ClickAsync().ConfigureAwait(false);
            await selectors.Find(scope, "oauthList.heading").WaitForAsync().ConfigureAwait(false);
            var rows = selectors.Find(scope, "oauthList.row").Filter(new LocatorFilterOptions { Has = selectors.Find(scope, "oauthList.actionsButton") });
            var names = (await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.cells ? (r.cells[0]?.textContent ?? '') : '')").ConfigureAwait(false))
                .Select(NameText.Of).ToList();
            var read = new List<ServerOAuth2Credential>();
            for (var index = 0; index < names.Count; index++)
            {
                if (!include(names[index])) continue;
                read.Add(await ReadRowAsync(scope, rows.Nth(index), names[index], cancellationToken).ConfigureAwait(false));
            }
            return read;
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error))
        {
            throw new SystemFaultException($"reading the Server's OAuth2 Credentials failed at '{lastStep}': {PageGuard.Short(error)}", error);
        }
    }

    private async Task<ServerOAuth2Credential> ReadRowAsync(LocatorScope scope, ILocator row, string name, CancellationToken cancellationToken)
    {
        Step($"Server: '{name}': three dots (More actions) → Edit");
        await selectors.Find(LocatorScope.Of(row), "oauthList.actionsButton").ClickAsync().ConfigureAwait(false);
        await selectors.Find(scope, "oauthList.editItem").ClickAsync().ConfigureAwait(false);
        var dialog = selectors.Find(scope, "oauthPanel.dialog");
        await dialog.WaitForAsync().ConfigureAwait(false);
        var inside = LocatorScope.Of(dialog);
        var fields = Kind.Fields.OnServer.Select(field => (field.ServerName, field.ServerKey!)).ToList();
        ServerOAuth2Credential credential;
        try
        {
            Step($"Server: wait for the panel to fill in with '{name}'");
            var values = await PanelValues.WhenFilledAsync(() => PanelValues.ReadAsync(selectors, inside, fields), name,
                TimeSpan.FromMilliseconds(settings.PanelSettleMs), TimeSpan.FromMilliseconds(settings.TimeoutMs), TimeProvider.System, cancellationToken)
                .ConfigureAwait(false);
            credential = Kind.ServerRecord(values);
        }
        catch (TimeoutException late)
        {
            credential = new ServerOAuth2Credential(name, "", "", null, "", "", "") { Unreadable = late.Message };
        }
        Step($"Server: read '{name}', close the panel with Cancel");
        await selectors.Find(inside, "oauthPanel.close").ClickAsync().ConfigureAwait(false);
        await PanelValues.HiddenAsync(dialog).ConfigureAwait(false);
        return credential;
    }

    private string lastStep = "starting";

    private void Step(string text)
    {
        lastStep = text;
        log?.Invoke(text);
    }

    public ValueTask DisposeAsync() => site.DisposeAsync();
}
