using System.Globalization;
using Microsoft.Playwright;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>An Add or Edit panel open on the Cloud: the dialog, its inside, and the region that proves it loaded.</summary>
internal sealed record CloudPanel(ILocator Dialog, LocatorScope Inside, PageRegion Region);

/// <summary>What filling a panel did: the fields written, and the mapped fields with a value that the panel has no place for.</summary>
internal sealed record PanelFill(IReadOnlyList<string> Written, IReadOnlyList<string> Unplaced)
{
    /// <summary>The sentence for the row's message, or "" when every field had its place.</summary>
    public string Note(string provider) =>
        Unplaced.Count == 0 ? "" : $"{string.Join(", ", Unplaced)} not written: the Cloud's panel shows no such field for {provider}";
}

/// <summary>
/// Fills a Cloud panel as guide step 3 says, the Service Provider first: it decides which fields show. After the
/// provider changes, the panel is read again once it has settled, and only the fields it shows are filled; a mapped
/// value without a field is reported, not waited for. Name and Service Provider are on every panel: missing, they
/// mean a changed UI.
/// </summary>
internal sealed class CloudPanelFiller(CloudPage cloud, CloudElements elements, CloudDropdown dropdown)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    // A panel that never stops changing (a ticking element) is read after this, as it then is.
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(2);

    private SiteSelectors Selectors => cloud.Selectors;

    public async Task<PanelFill> FillAsync(CloudPanel panel, CloudConnection connection)
    {
        var inside = panel.Inside;
        var written = new List<string> { "Service Provider" };
        var unplaced = new List<string>();
        if (await dropdown.ChooseAsync(inside, "panel.serviceProvider", connection.ServiceProvider).ConfigureAwait(false))
            await PageGuard.SettledAsync(panel.Dialog, Quiet, SettleLimit < cloud.Timeout ? SettleLimit : cloud.Timeout).ConfigureAwait(false);
        await elements.FillAsync(inside, "panel.name", connection.Name, panel.Region).ConfigureAwait(false);
        written.Add("Name");

        async Task TextAsync(string key, string label, string value, bool secret = false)
        {
            var field = Selectors.Find(inside, key);
            if (!await PageGuard.ShownAsync(field).ConfigureAwait(false))
            {
                if (value.Length > 0) unplaced.Add(label);
                return;
            }
            if (secret) await cloud.FillSecretAsync(field, value).ConfigureAwait(false);
            else await field.FillAsync(value).ConfigureAwait(false);
            written.Add(secret ? label + " (masked)" : label);
        }

        await TextAsync("panel.description", "Description", connection.Description).ConfigureAwait(false);
        if (connection.Encryption.Length > 0)
        {
            if (await PageGuard.ShownAsync(Selectors.Find(inside, "panel.encryption")).ConfigureAwait(false))
            {
                await dropdown.ChooseAsync(inside, "panel.encryption", connection.Encryption).ConfigureAwait(false);
                written.Add("Encryption");
            }
            else
            {
                unplaced.Add("Encryption");
            }
        }
        await TextAsync("panel.host", "Host", connection.Host).ConfigureAwait(false);
        await TextAsync("panel.port", "Port", Number(connection.Port)).ConfigureAwait(false);
        await TextAsync("panel.username", "Username", connection.Username).ConfigureAwait(false);
        if (connection.OAuth2Credentials is { } credentials)
        {
            if (await OAuth2CredentialsAsync(inside, connection, credentials).ConfigureAwait(false)) written.Add("OAuth2 Credentials");
            else unplaced.Add("OAuth2 Credentials");
        }
        else
        {
            await TextAsync("panel.password", "Password", connection.Password ?? "", secret: true).ConfigureAwait(false);
        }
        await TextAsync("panel.timeout", "Timeout", Number(connection.Timeout)).ConfigureAwait(false);
        return new PanelFill(written, unplaced);
    }

    /// <summary>Chooses the OAuth2 client; false when the panel shows no such dropdown. No client of that provider at all is a refusal.</summary>
    private async Task<bool> OAuth2CredentialsAsync(LocatorScope inside, CloudConnection connection, string credentials)
    {
        if (await PageGuard.ShownAsync(Selectors.Find(inside, "panel.noOAuth2Clients")).ConfigureAwait(false))
            throw new BusinessFaultException(
                $"the Cloud has no OAuth2 client settings for {connection.ServiceProvider}: the OAuth2 credentials must be migrated first");
        if (!await PageGuard.ShownAsync(Selectors.Find(inside, "panel.oauth2Credentials")).ConfigureAwait(false)) return false;
        await dropdown.ChooseAsync(inside, "panel.oauth2Credentials", credentials).ConfigureAwait(false);
        return true;
    }

    /// <summary>The fields of an existing connection as its Edit panel shows them (the password stays blank there; hidden fields read blank).</summary>
    public async Task<CloudConnection> ReadAsync(CloudPanel panel)
    {
        var inside = panel.Inside;
        async Task<string> TextAsync(string key)
        {
            var field = Selectors.Find(inside, key);
            return await PageGuard.ShownAsync(field).ConfigureAwait(false) ? await field.InputValueAsync().ConfigureAwait(false) : "";
        }

        async Task<string?> ChoiceAsync(string key)
        {
            var combo = Selectors.Find(inside, key);
            return await PageGuard.ShownAsync(combo).ConfigureAwait(false) ? await dropdown.ChosenAsync(combo).ConfigureAwait(false) : null;
        }

        return new CloudConnection(
            Name: await Selectors.Find(inside, "panel.name").InputValueAsync().ConfigureAwait(false),
            Description: await TextAsync("panel.description").ConfigureAwait(false),
            ServiceProvider: await ChoiceAsync("panel.serviceProvider").ConfigureAwait(false) ?? "",
            Encryption: await ChoiceAsync("panel.encryption").ConfigureAwait(false) ?? "",
            Host: await TextAsync("panel.host").ConfigureAwait(false),
            Port: ParseNumber(await TextAsync("panel.port").ConfigureAwait(false)),
            Username: await TextAsync("panel.username").ConfigureAwait(false),
            Password: null,
            Timeout: ParseNumber(await TextAsync("panel.timeout").ConfigureAwait(false)),
            OAuth2Credentials: await ChoiceAsync("panel.oauth2Credentials").ConfigureAwait(false));
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static int? ParseNumber(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
