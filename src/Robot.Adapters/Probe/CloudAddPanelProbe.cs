using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Domain;
using Robot.Domain.Kinds;

namespace Robot.Adapters.Probe;

/// <summary>The fields the Cloud's Add panel showed once a Service Provider was chosen.</summary>
public sealed record ProviderFields(string Provider, IReadOnlyList<string> Fields);

/// <summary>
/// The Cloud's Add panel, opened and cancelled without saving: every Service Provider of every kind chosen in turn (the
/// panel read once its DOM is quiet) to see which fields it shows; a field no provider shows is not found. The Service
/// Providers and Encryptions the value maps name must be among those the Cloud offers.
/// </summary>
internal sealed class CloudAddPanelProbe(IReadOnlyList<ProbeKind> kinds, ServiceProviderNames providerNames,
    IReadOnlyCollection<string> encryptionMapValues, ProbeGaps gaps)
{
    /// <summary>The fields the Add panel shows whatever the Service Provider.</summary>
    private static readonly string[] AlwaysShown = ["panel.name", "panel.description"];

    /// <summary>The fields a Service Provider may show or hide: the kind's Cloud fields (its field list) but those.</summary>
    private static readonly string[] FieldKeys = IncomingMailConnections.Kind.Fields.OnCloud
        .Where(field => !field.DecidesShownFields && !field.CloudOptional).Select(field => field.CloudKey!).Except(AlwaysShown).ToArray();

    private static readonly string[] AfterTestOrSave =
        ["panel.testResult", "panel.testRunning", "panel.testSuccess", "panel.successFlag", "panel.errorFlag"];

    private readonly List<ProviderFields> shown = [];
    private bool encryptionCompared;

    public IReadOnlyList<ProviderFields> Shown => shown;

    public async Task WalkAsync(CloudProbe cloud)
    {
        foreach (var key in AfterTestOrSave) cloud.Sheet.Unchecked(key, "shows only after Test Connection or Save, which the probe never clicks");
        cloud.Sheet.Unchecked("panel.noOAuth2Clients", "shows only for a provider with no OAuth2 client on the Cloud");
        cloud.Begin("Add, opened");
        await (await cloud.RequireAsync(cloud.App, "list.addButton").ConfigureAwait(false)).ClickAsync().ConfigureAwait(false);
        var dialog = await cloud.RequireAsync(cloud.App, "panel.addDialog").ConfigureAwait(false);
        var inside = LocatorScope.Of(dialog);
        foreach (var key in AlwaysShown.Concat(["panel.testButton", "panel.saveButton", "panel.cancelButton"]))
            await cloud.CheckAsync(inside, key).ConfigureAwait(false);
        var combo = await cloud.RequireAsync(inside, "panel.serviceProvider").ConfigureAwait(false);
        var offered = await ProbeDropdown.OpenAsync(cloud, combo).ConfigureAwait(false);
        var available = new List<string>();
        foreach (var name in kinds.SelectMany(k => k.Providers).Select(providerNames.For).Distinct())
        {
            if (await offered.OffersAsync(cloud, name).ConfigureAwait(false)) available.Add(name);
            else gaps.Add(new ValueMapGap("Cloud", "ValueMaps:ServiceProviders", name,
                $"the Cloud's Service Provider does not offer '{name}' (offered: {string.Join(", ", offered.Names)})"));
        }
        if (available.Count == 0) await offered.CloseAsync(cloud).ConfigureAwait(false);
        for (var index = 0; index < available.Count; index++)
            await ChooseAsync(cloud, dialog, combo, available[index], index == 0 ? offered : null).ConfigureAwait(false);
        foreach (var key in FieldKeys.Where(key => !shown.Any(p => p.Fields.Contains(key))))
            await cloud.CheckAsync(inside, key, wait: false).ConfigureAwait(false);
        cloud.Begin("Add, cancelled");
        await cloud.CancelAsync(dialog).ConfigureAwait(false);
    }

    /// <param name="open">The dropdown's options when it is open already.</param>
    private async Task ChooseAsync(CloudProbe cloud, ILocator dialog, ILocator combo, string provider, OfferedOptions? open)
    {
        cloud.Begin($"Add: Service Provider '{provider}'");
        var inside = LocatorScope.Of(dialog);
        var options = open ?? await ProbeDropdown.OpenAsync(cloud, combo).ConfigureAwait(false);
        var option = await cloud.CheckAsync(options.Scope, "panel.option", value: provider).ConfigureAwait(false);
        if (option is null) return;
        await option.First.ClickAsync().ConfigureAwait(false);
        await PageGuard.SettledAsync(dialog, TimeSpan.FromMilliseconds(150), cloud.Options.Wait).ConfigureAwait(false);
        var fields = new List<string>();
        foreach (var key in FieldKeys)
        {
            if (!await cloud.ShownNowAsync(inside, key).ConfigureAwait(false)) continue;
            fields.Add(key);
            await cloud.CheckAsync(inside, key, wait: false).ConfigureAwait(false);
        }
        shown.Add(new ProviderFields(provider, fields));
        if (fields.Contains("panel.encryption")) await CompareEncryptionAsync(cloud, inside).ConfigureAwait(false);
    }

    /// <summary>Every Cloud wording in ValueMaps:Encryption must be an Encryption the Cloud offers.</summary>
    private async Task CompareEncryptionAsync(CloudProbe cloud, LocatorScope inside)
    {
        if (encryptionCompared) return;
        encryptionCompared = true;
        cloud.Begin("Add: the Encryption choices");
        var combo = cloud.Selectors.Find(inside, "panel.encryption");
        var offered = await ProbeDropdown.OpenAsync(cloud, combo).ConfigureAwait(false);
        var missing = new List<string>();
        foreach (var value in encryptionMapValues.Where(value => value.Length > 0).Distinct())
            if (!await offered.OffersAsync(cloud, value).ConfigureAwait(false)) missing.Add(value);
        await offered.CloseAsync(cloud).ConfigureAwait(false);
        foreach (var value in missing)
            gaps.Add(new ValueMapGap("Cloud", "ValueMaps:Encryption", value,
                $"the Cloud's Encryption does not offer '{value}' (offered: {string.Join(", ", offered.Names)})"));
    }
}
