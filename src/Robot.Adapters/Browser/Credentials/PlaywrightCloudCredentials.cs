using Microsoft.Playwright;
using Robot.Adapters.Configuration;
using Robot.Adapters.Evidence;
using Robot.Domain;
using Robot.Domain.Fields;
using Robot.Domain.Kinds.OAuth2;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser.Credentials;

/// <summary>
/// The Cloud's OAuth2 Credentials along the vendor's page: Administration tab → OAUTH2 → OAuth2 Credentials; read a
/// row's Edit panel, or Add (the row's Edit for an update), fill every field the panel shows, Save, confirm the row.
/// The Callback URL is read from the panel, never typed. Shares the run's Cloud login and the Cloud page's parts.
/// </summary>
public sealed class PlaywrightCloudCredentials : ICloudCredentialSite, IAsyncDisposable
{
    private static readonly string[] FirstCell = ["rows => rows.map(r => { const c = r.cells ? r.cells[0] : r.querySelector('[role=cell], [role=gridcell]'); return c?.textContent ?? ''; })"];

    private readonly CloudPage cloud;
    private readonly CloudElements elements;
    private readonly CloudNavigator navigator;
    private readonly CloudDropdown dropdown;
    private readonly CloudMessages messages;
    private readonly CloudFaults faults;
    private readonly GuideStepObservers steps;

    public PlaywrightCloudCredentials(IBrowser browser, PlaywrightSettings settings, SiteSelectors selectors, SiteLogin login,
        CloudSiteOptions options, SharedSession? session, Action<string>? log)
    {
        cloud = new CloudPage(browser, settings, selectors, login, options, log);
        elements = new CloudElements(cloud);
        navigator = new CloudNavigator(cloud, elements, session);
        dropdown = new CloudDropdown(cloud);
        messages = new CloudMessages(cloud);
        faults = new CloudFaults(cloud);
        steps = GuideStepObservers.Of(options.Guide, options.Evidence, options.Traces, options.Observers);
    }

    private static OAuth2Credentials Kind => OAuth2Credentials.Kind;

    private SiteSelectors Selectors => cloud.Selectors;

    /// <summary>Every credential on Cloud; those <paramref name="readBack"/> accepts with the fields of their Edit panel, the others by name only.</summary>
    public Task<IReadOnlyList<CloudOAuth2Credential>> ListAsync(Func<string, bool> readBack, CancellationToken cancellationToken) =>
        faults.GuardAsync("reading the Cloud's OAuth2 Credentials", async () =>
        {
            var names = await OpenListAsync(cancellationToken).ConfigureAwait(false);
            var found = new List<CloudOAuth2Credential>();
            foreach (var name in names)
                found.Add(readBack(name) ? await ReadBackAsync(name).ConfigureAwait(false) : new CloudOAuth2Credential(name, "", "", null, "", "", ""));
            return (IReadOnlyList<CloudOAuth2Credential>)found;
        });

    /// <summary>Adds (or, for <see cref="WriteMode.Update"/>, edits) the credential and returns the Cloud's Callback URL its panel showed.</summary>
    public Task<string> WriteAsync(CloudOAuth2Credential credential, WriteMode mode, CancellationToken cancellationToken) =>
        faults.GuardAsync($"writing the OAuth2 Credentials '{credential.Name}' on Cloud", async () =>
        {
            await OpenListAsync(cancellationToken).ConfigureAwait(false);
            var (dialog, inside) = await OpenPanelAsync(credential.Name, mode).ConfigureAwait(false);
            cloud.Step($"Cloud: fill the panel of '{credential.Name}' (Client Secret masked)");
            // The evidence (the panel as filled, the Client Secret painted over) is the observers' business.
            var view = new PanelView(cloud.Page, dialog, [Selectors.Find(inside, "oauthPanel.clientSecret")], Selectors.Find(cloud.Top, "app.frame"));
            await steps.StepAsync(new ObservedStep(GuideStep.CopyFields, credential.Name) { View = view }, async _ =>
            {
                foreach (var field in Kind.Fields.OnCloud.Where(field => !field.CloudReadOnly))
                    await FillAsync(inside, field, field.Control == FieldControl.Secret
                        ? field.SecretValue?.Invoke(credential)?.Reveal() ?? ""
                        : field.CloudValue?.Invoke(credential) ?? "").ConfigureAwait(false);
            }).ConfigureAwait(false);
            var callback = await Selectors.Find(inside, "oauthPanel.callbackUrl").InputValueAsync().ConfigureAwait(false);
            await SaveAsync(dialog, credential).ConfigureAwait(false);
            return callback;
        }, credential.ClientSecret, credential.Name);

    private async Task<IReadOnlyList<string>> OpenListAsync(CancellationToken cancellationToken)
    {
        await navigator.OpenSectionAsync("app.oauthCredentialsLink", "OAUTH2 → OAuth2 Credentials", cancellationToken).ConfigureAwait(false);
        await elements.WaitShownAsync(cloud.App, "oauthList.heading", elements.OAuthList).ConfigureAwait(false);
        await Selectors.Find(cloud.App, "list.loading").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden }).ConfigureAwait(false);
        await Selectors.Find(cloud.App, "oauthList.addButton").WaitForAsync().ConfigureAwait(false);
        return (await Rows().EvaluateAllAsync<string[]>(FirstCell[0]).ConfigureAwait(false)).Select(NameText.Of).ToList();
    }

    private ILocator Rows() =>
        Selectors.Find(cloud.App, "oauthList.row").Filter(new LocatorFilterOptions { Has = Selectors.Find(cloud.App, "oauthList.editButton") });

    private async Task<ILocator> RowOfAsync(string name)
    {
        var names = (await Rows().EvaluateAllAsync<string[]>(FirstCell[0]).ConfigureAwait(false)).Select(NameText.Of).ToList();
        var index = names.FindIndex(n => string.Equals(n, NameText.Of(name), StringComparison.OrdinalIgnoreCase));
        return index < 0 ? throw new BusinessFaultException($"the OAuth2 Credentials '{name}' are not in the Cloud's list") : Rows().Nth(index);
    }

    private async Task<(ILocator Dialog, LocatorScope Inside)> OpenPanelAsync(string name, WriteMode mode)
    {
        string dialogKey;
        if (mode == WriteMode.Create)
        {
            cloud.Step($"Cloud: Add — OAuth2 Credentials '{name}'");
            await elements.ClickAsync(cloud.App, "oauthList.addButton", elements.OAuthList).ConfigureAwait(false);
            dialogKey = "oauthPanel.addDialog";
        }
        else
        {
            cloud.Step($"Cloud: Edit — OAuth2 Credentials '{name}'");
            await Selectors.Find(LocatorScope.Of(await RowOfAsync(name).ConfigureAwait(false)), "oauthList.editButton").ClickAsync().ConfigureAwait(false);
            dialogKey = "oauthPanel.editDialog";
        }
        var dialog = Selectors.Find(cloud.App, dialogKey);
        var inside = LocatorScope.Of(dialog);
        await elements.WaitShownAsync(inside, "oauthPanel.name", elements.Panel(dialogKey, dialog)).ConfigureAwait(false);
        return (dialog, inside);
    }

    private async Task FillAsync(LocatorScope inside, FieldDescriptor<ServerOAuth2Credential, CloudOAuth2Credential> field, string value)
    {
        if (field.Control == FieldControl.Dropdown) await dropdown.ChooseAsync(inside, field.CloudKey!, value).ConfigureAwait(false);
        // A blank secret on Edit keeps the Cloud's: only a known one is typed.
        else if (field.Control == FieldControl.Secret) { if (value.Length > 0) await cloud.FillSecretAsync(Selectors.Find(inside, field.CloudKey!), value).ConfigureAwait(false); }
        else await Selectors.Find(inside, field.CloudKey!).FillAsync(value).ConfigureAwait(false);
    }

    /// <summary>Save, then a new error flag (refused) or the panel closing and the row in the list.</summary>
    private async Task SaveAsync(ILocator dialog, CloudOAuth2Credential credential)
    {
        cloud.Step("Cloud: Save");
        var errors = await messages.MarkAsync("panel.errorFlag").ConfigureAwait(false);
        await Selectors.Find(LocatorScope.Of(dialog), "panel.saveButton").ClickAsync().ConfigureAwait(false);
        var error = await new CloudSaveAnswer(cloud, messages).WaitAsync(dialog, errors).ConfigureAwait(false) ?? "";
        var text = SecretText.Scrub(error, [credential.ClientSecret?.Reveal()]);
        if (text.Length > 0)
        {
            await Selectors.Find(LocatorScope.Of(dialog), "panel.cancelButton").ClickAsync().ConfigureAwait(false);
            if (faults.IsServerFault(text) || cloud.SessionExpiredText(text)) throw new SystemFaultException($"Save: {text}");
            throw new BusinessFaultException($"Save refused: {text}");
        }
        cloud.Step($"Cloud: confirm that '{credential.Name}' is in the OAuth2 Credentials list");
        await PageGuard.UntilAsync(async () =>
        {
            var names = await Rows().EvaluateAllAsync<string[]>(FirstCell[0]).ConfigureAwait(false);
            return names.Select(NameText.Of).Any(n => string.Equals(n, NameText.Of(credential.Name), StringComparison.OrdinalIgnoreCase)) ? "listed" : null;
        }, cloud.Timeout, $"'{credential.Name}' to show in the Cloud's OAuth2 Credentials list").ConfigureAwait(false);
    }

    /// <summary>The fields of an existing credential's Edit panel (never its secret), then Cancel.</summary>
    private async Task<CloudOAuth2Credential> ReadBackAsync(string name)
    {
        var (dialog, inside) = await OpenPanelAsync(name, WriteMode.Update).ConfigureAwait(false);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in Kind.Fields.OnCloud.Where(field => field.Control != FieldControl.Secret))
        {
            var found = Selectors.Find(inside, field.CloudKey!);
            values[field.CloudName!] = field.Control == FieldControl.Dropdown
                ? await dropdown.ChosenAsync(found).ConfigureAwait(false)
                : await found.InputValueAsync().ConfigureAwait(false);
        }
        await Selectors.Find(inside, "panel.cancelButton").ClickAsync().ConfigureAwait(false);
        await PanelValues.HiddenAsync(dialog).ConfigureAwait(false);
        return Kind.CloudRecord(values);
    }

    public async ValueTask DisposeAsync() => await cloud.CloseAsync().ConfigureAwait(false);
}
