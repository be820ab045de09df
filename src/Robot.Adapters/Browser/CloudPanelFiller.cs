using Microsoft.Playwright;
using Robot.Domain;
using Robot.Domain.Fields;
using Robot.Domain.Kinds;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>An Add or Edit panel open on the Cloud: the dialog, its inside, and the region that proves it loaded.</summary>
internal sealed record CloudPanel(ILocator Dialog, LocatorScope Inside, PageRegion Region);

/// <summary>What filling a panel did: the fields written, and the mapped fields with a value that the panel has no place for.</summary>
internal sealed record PanelFill(IReadOnlyList<string> Written, IReadOnlyList<string> Unplaced)
{
    /// <summary>The fields a Cloud may lack (Folder…) that this panel showed and took.</summary>
    public IReadOnlyList<string> OptionalWritten =>
        IncomingMailConnections.Kind.Fields.OnCloud.Where(f => f.CloudOptional && Written.Contains(f.CloudName!)).Select(f => f.CloudName!).ToList();

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
    private readonly CloudPanelProbe probe = new(cloud);

    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    // A panel that never stops changing (a ticking element) is read after this, as it then is.
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(2);

    private static IncomingMailConnections Kind => IncomingMailConnections.Kind;

    private SiteSelectors Selectors => cloud.Selectors;

    /// <summary>The Cloud's fields in the order filled: the one deciding which others show first, then the panel's own order.</summary>
    private static IEnumerable<FieldDescriptor<ServerConnection, CloudConnection>> FillOrder =>
        Kind.Fields.OnCloud.OrderBy(f => f.DecidesShownFields ? 0 : 1);

    public async Task<PanelFill> FillAsync(CloudPanel panel, CloudConnection connection)
    {
        var written = new List<string>();
        var unplaced = new List<string>();
        PanelShown? shown = null;
        foreach (var field in FillOrder)
        {
            if (!field.AppliesToRecord(connection)) continue;
            var value = field.CloudValue?.Invoke(connection) ?? "";
            var label = field.CloudName!;
            if (field.DecidesShownFields)
            {
                if (await dropdown.ChooseAsync(panel.Inside, field.CloudKey!, value).ConfigureAwait(false))
                    await PageGuard.SettledAsync(panel.Dialog, Quiet, SettleLimit < cloud.Timeout ? SettleLimit : cloud.Timeout).ConfigureAwait(false);
                written.Add(label);
                continue;
            }
            // Asked once the deciding field has settled: which of the panel's fields show, for all of them at once.
            shown ??= await ProbeAsync(panel, connection).ConfigureAwait(false);
            if (field.Identity)
            {
                await elements.FillAsync(panel.Inside, field.CloudKey!, value, panel.Region).ConfigureAwait(false);
                written.Add(label);
            }
            else if (await FillShownAsync(panel.Inside, shown, field, connection, value).ConfigureAwait(false))
            {
                written.Add(field.Control == FieldControl.Secret ? label + " (masked)" : label);
            }
            else if (value.Length > 0 && !field.CloudOptional)
            {
                unplaced.Add(label);
            }
        }
        return new PanelFill(written, unplaced);
    }

    /// <summary>One question to the panel for every field <see cref="FillShownAsync"/> may ask about.</summary>
    private Task<PanelShown> ProbeAsync(CloudPanel panel, CloudConnection connection)
    {
        var keys = new List<string>();
        var dropdowns = new List<string>();
        foreach (var field in FillOrder.Where(f => !f.DecidesShownFields && !f.Identity && f.AppliesToRecord(connection) && Selectors.Has(f.CloudKey!)))
        {
            if (field.Control == FieldControl.Dropdown)
            {
                if ((field.CloudValue?.Invoke(connection) ?? "").Length == 0) continue;
                if (field.NoChoicesKey is { } noChoices && Selectors.Has(noChoices)) keys.Add(noChoices);
                dropdowns.Add(field.CloudKey!);
            }
            keys.Add(field.CloudKey!);
        }
        return probe.ReadAsync(panel, keys, dropdowns);
    }

    /// <summary>
    /// Fills one field if the panel shows it; false when it does not (or, for a dropdown, when there is nothing to
    /// choose). A dropdown whose "nothing to choose" text shows instead is a refusal.
    /// </summary>
    private async Task<bool> FillShownAsync(LocatorScope inside, PanelShown shown, FieldDescriptor<ServerConnection, CloudConnection> field, CloudConnection connection, string value)
    {
        if (!Selectors.Has(field.CloudKey!)) return false; // a field this Cloud's selectors do not name

        if (field.Control == FieldControl.Dropdown)
        {
            if (value.Length == 0) return false;
            if (field.NoChoicesKey is { } noChoices && Selectors.Has(noChoices) && await shown.ConfirmedShownAsync(noChoices).ConfigureAwait(false))
                throw new BusinessFaultException(field.NoChoicesReason?.Invoke(connection) ?? $"the Cloud offers no {field.CloudName} to choose");
            if (!await shown.ShownAsync(field.CloudKey!).ConfigureAwait(false)) return false;
            await dropdown.ChooseAsync(inside, field.CloudKey!, value, shown.Chosen(field.CloudKey!)).ConfigureAwait(false);
            return true;
        }
        if (!await shown.ShownAsync(field.CloudKey!).ConfigureAwait(false)) return false;
        var input = Selectors.Find(inside, field.CloudKey!);
        if (field.Control == FieldControl.Secret) await cloud.FillSecretAsync(input, field.SecretValue?.Invoke(connection)?.Reveal() ?? "").ConfigureAwait(false);
        else await input.FillAsync(value).ConfigureAwait(false);
        return true;
    }

    /// <summary>The fields of an existing connection as its Edit panel shows them (never a secret; hidden fields read blank, a hidden dropdown as none).</summary>
    public async Task<CloudConnection> ReadAsync(CloudPanel panel)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in Kind.Fields.OnCloud.Where(field => field.Control != FieldControl.Secret))
            values[field.CloudName!] = await ReadFieldAsync(panel.Inside, field).ConfigureAwait(false);
        return Kind.CloudRecord(values);
    }

    private async Task<string?> ReadFieldAsync(LocatorScope inside, FieldDescriptor<ServerConnection, CloudConnection> field)
    {
        if (!Selectors.Has(field.CloudKey!)) return null;
        var found = Selectors.Find(inside, field.CloudKey!);
        // The name is on every panel: missing, it is a changed UI, which reading it says.
        if (field.Identity) return await found.InputValueAsync().ConfigureAwait(false);
        var shown = await PageGuard.ShownAsync(found).ConfigureAwait(false);
        if (field.Control == FieldControl.Dropdown)
            return shown ? await dropdown.ChosenAsync(found).ConfigureAwait(false) : null;
        if (!shown) return field.CloudOptional ? null : "";
        return await found.InputValueAsync().ConfigureAwait(false);
    }
}
