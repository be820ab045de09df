using Microsoft.Playwright;
using Robot.Adapters.Evidence;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// One connection written on Cloud along the guide: Add (or the row's Edit), fill the panel, Test Connection, Save
/// (or Cancel after a failed test), confirm the row. Each guide step runs under the watch of the observers (step log,
/// evidence pictures: see <see cref="IGuideStepObserver"/>); this class only performs the steps.
/// </summary>
internal sealed class CloudWriter(CloudPage cloud, CloudElements elements, CloudList list, CloudPanelFiller filler,
    CloudMessages messages, CloudFaults faults, CloudRowState states, GuideStepObservers steps)
{
    private readonly CloudTestConnection test = new(cloud, elements, messages);
    private readonly CloudSaveAnswer saveAnswer = new(cloud, messages);

    private SiteSelectors Selectors => cloud.Selectors;

    public async Task<CloudWriteResult> WriteAsync(CloudConnection connection, WriteMode mode, bool saveOnTestFailure, CancellationToken cancellationToken)
    {
        var name = connection.Name;
        // 2.1 Administration → INCOMING MAILS → Incoming Mail Connections
        await steps.StepAsync(new ObservedStep(GuideStep.CloudAdministration, name), _ => list.EnsureAsync(cancellationToken)).ConfigureAwait(false);
        // 2.2 Add (or the row's Edit)
        var panel = await steps.StepAsync(new ObservedStep(GuideStep.CloudAdd, name), step => OpenPanelAsync(step, mode)).ConfigureAwait(false);
        var view = ViewOf(panel);
        // 3 copy every field, 4 the Service Provider and why
        var fill = await steps.StepAsync(new ObservedStep(GuideStep.CopyFields, name) { Record = connection, View = view },
            step => CopyFieldsAsync(step, panel, connection)).ConfigureAwait(false);
        if (steps.Any)
            await steps.StepAsync(new ObservedStep(GuideStep.ServiceProvider, name) { Record = connection, View = view },
                step => ShowProviderAsync(step, panel, connection)).ConfigureAwait(false);
        var note = fill.Note(connection.ServiceProvider);
        // 5 Test Connection
        var tested = new ObservedStep(GuideStep.TestConnection, name) { Record = connection, View = view };
        var testText = await steps.StepAsync(tested, step => TestConnectionAsync(step, panel, connection)).ConfigureAwait(false);
        var passed = Passed(testText);
        var scrubbedTest = Scrub(Join(testText, note), connection);
        if (!passed && faults.IsServerFault(testText))
        {
            await CancelAsync(panel).ConfigureAwait(false);
            throw new SystemFaultException($"Test Connection: {scrubbedTest}");
        }
        if (!passed && !saveOnTestFailure) return await NotSavedAsync(panel, connection, fill, scrubbedTest, tested.Evidence).ConfigureAwait(false);
        // 6 Save, and the row in the list
        var saved = await steps.StepAsync(new ObservedStep(GuideStep.Save, name) { Record = connection, View = view },
            step => SaveAsync(step, panel, connection)).ConfigureAwait(false);
        var message = passed ? saved.Text : $"{saved.Text} (saved although Test Connection failed)";
        // The row the Save was just confirmed by is read as found, not looked for again (a query over the whole list).
        var (state, enabled) = cloud.Options.EnableTested && passed
            ? await states.EnableAsync(name, saved.Row).ConfigureAwait(false)
            : (await states.OfAsync(saved.Row).ConfigureAwait(false), "");
        return new CloudWriteResult(passed, scrubbedTest, true, Scrub(Join(Join(message, enabled), note), connection), tested.Evidence)
        {
            OptionalFieldsWritten = fill.OptionalWritten,
            CloudState = state,
        };
    }

    /// <summary>The test failed and failed tests are not saved: Cancel, with the best picture there is of the failure.</summary>
    private async Task<CloudWriteResult> NotSavedAsync(CloudPanel panel, CloudConnection connection, PanelFill fill, string scrubbedTest, string folder)
    {
        var failure = await faults.FailureShotAsync(connection.Name).ConfigureAwait(false);
        var shot = folder.Length > 0 ? folder : failure.Length > 0 ? failure : await faults.EvidenceAsync(connection.Name, "test-failed").ConfigureAwait(false);
        cloud.Step("Cloud: the test failed; Cancel without saving");
        await CancelAsync(panel).ConfigureAwait(false);
        return new CloudWriteResult(false, scrubbedTest, false, "not saved because Test Connection failed", shot) { OptionalFieldsWritten = fill.OptionalWritten };
    }

    private PanelView ViewOf(CloudPanel panel) =>
        new(cloud.Page, panel.Dialog, [Selectors.Find(panel.Inside, "panel.password")], Selectors.Find(cloud.Top, "app.frame"));

    private bool Passed(string testText) => Selectors["panel.testSuccess"].MatchesText(testText);

    private async Task<CloudPanel> OpenPanelAsync(ObservedStep step, WriteMode mode)
    {
        var panel = await OpenPanelAsync(step.Connection, mode).ConfigureAwait(false);
        step.Detail = mode == WriteMode.Create ? "Add panel open" : "Edit panel open (update)";
        return panel;
    }

    private async Task<CloudPanel> OpenPanelAsync(string name, WriteMode mode)
    {
        string dialogKey;
        if (mode == WriteMode.Create)
        {
            cloud.Step($"Cloud: Add — '{name}'");
            await elements.ClickAsync(cloud.App, "list.addButton", elements.List).ConfigureAwait(false);
            dialogKey = "panel.addDialog";
        }
        else
        {
            var row = await list.RowOfAsync(name).ConfigureAwait(false)
                ?? throw new BusinessFaultException($"'{name}' is not in the Cloud's list, so it cannot be updated");
            cloud.Step($"Cloud: Edit — '{name}'");
            await elements.ClickAsync(LocatorScope.Of(row), "list.editButton", elements.List).ConfigureAwait(false);
            dialogKey = "panel.editDialog";
        }
        cloud.OnList = false;
        cloud.ListConfirmed = false;
        var dialog = Selectors.Find(cloud.App, dialogKey);
        var panel = new CloudPanel(dialog, LocatorScope.Of(dialog), elements.Panel(dialogKey, dialog));
        await elements.WaitShownAsync(panel.Inside, "panel.serviceProvider", panel.Region).ConfigureAwait(false);
        return panel;
    }

    /// <summary>Guide step 3: every field copied; a panel the data cannot fill is cancelled.</summary>
    private async Task<PanelFill> CopyFieldsAsync(ObservedStep step, CloudPanel panel, CloudConnection connection)
    {
        cloud.Step($"Cloud: fill the panel (Service Provider {connection.ServiceProvider})");
        PanelFill fill;
        try
        {
            fill = await filler.FillAsync(panel, connection).ConfigureAwait(false);
        }
        catch (BusinessFaultException fault) when (fault is not ChangedUiException)
        {
            await CancelAsync(panel).ConfigureAwait(false);
            throw;
        }
        var note = fill.Note(connection.ServiceProvider);
        step.Detail = string.Join(", ", fill.Written.Skip(1)) + (note.Length > 0 ? "; " + note : "");
        return fill;
    }

    /// <summary>Guide step 4: the Service Provider shown is the one the Protocol calls for, and why.</summary>
    private async Task ShowProviderAsync(ObservedStep step, CloudPanel panel, CloudConnection connection)
    {
        var shown = await new CloudDropdown(cloud).ChosenAsync(Selectors.Find(panel.Inside, "panel.serviceProvider")).ConfigureAwait(false);
        step.Detail = $"{shown}: {ProviderReason(connection)}";
    }

    /// <summary>Clicks Test Connection and returns what its result says once the test is over (a result shown after the click only).</summary>
    private async Task<string> TestConnectionAsync(ObservedStep step, CloudPanel panel, CloudConnection connection)
    {
        cloud.Step("Cloud: Test Connection");
        var text = await test.RunAsync(panel, connection).ConfigureAwait(false);
        step.Detail = (Passed(text) ? "passed: " : "failed: ") + Scrub(text, connection);
        return text;
    }

    /// <summary>What a Save that was accepted said, and the row it added or changed in the list.</summary>
    private sealed record Saved(string Text, ILocator Row);

    /// <summary>Clicks Save and waits for its answer: a new error flag (refused) or the panel closing, then the row in the list.</summary>
    private async Task<Saved> SaveAsync(ObservedStep save, CloudPanel panel, CloudConnection connection)
    {
        cloud.Step("Cloud: Save");
        var errors = await messages.MarkAsync("panel.errorFlag").ConfigureAwait(false);
        var successes = await messages.MarkAsync("panel.successFlag").ConfigureAwait(false);
        await elements.ClickAsync(panel.Inside, "panel.saveButton", panel.Region).ConfigureAwait(false);
        var error = await saveAnswer.WaitAsync(panel.Dialog, errors).ConfigureAwait(false) ?? "";
        if (error.Length > 0)
        {
            var flag = Scrub(error, connection);
            var refused = await faults.FailureShotAsync(connection.Name).ConfigureAwait(false);
            if (refused.Length == 0) refused = await faults.EvidenceAsync(connection.Name, "save-refused").ConfigureAwait(false);
            save.Detail = "refused: " + flag;
            await CancelAsync(panel).ConfigureAwait(false);
            if (faults.IsServerFault(flag) || cloud.SessionExpiredText(flag)) throw new SystemFaultException($"Save: {flag}") { Evidence = refused };
            throw new BusinessFaultException($"Save refused: {flag}" + (refused.Length > 0 ? $" (see {refused})" : "")) { Evidence = refused };
        }

        cloud.Step($"Cloud: confirm that '{connection.Name}' is in the list");
        await list.WaitForListAsync().ConfigureAwait(false);
        var row = await list.WaitForRowAsync(connection.Name).ConfigureAwait(false);
        cloud.ListConfirmed = true;
        var savedText = await messages.FreshAsync(successes).ConfigureAwait(false) ?? "saved";
        save.Detail = "saved, in the list: " + Scrub(savedText, connection);
        return new Saved(savedText, row);
    }

    private async Task CancelAsync(CloudPanel panel)
    {
        try
        {
            if (!await PageGuard.ShownAsync(panel.Dialog).ConfigureAwait(false)) return;
            await Selectors.Find(panel.Inside, "panel.cancelButton").ClickAsync().ConfigureAwait(false);
            await panel.Dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden }).ConfigureAwait(false);
            cloud.OnList = true;
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error))
        {
            cloud.Lost(); // the next call opens the page afresh
        }
    }

    /// <summary>Reads an existing connection's Edit panel, then closes it.</summary>
    public async Task<CloudConnection> ReadBackAsync(string name)
    {
        await list.EnsureAsync(CancellationToken.None).ConfigureAwait(false);
        var panel = await OpenPanelAsync(name, WriteMode.Update).ConfigureAwait(false);
        var read = await filler.ReadAsync(panel).ConfigureAwait(false);
        if (cloud.Options.Evidence is { } evidence)
        {
            evidence.WriteCloudFields(read, readBack: true);
            var view = ViewOf(panel);
            await evidence.ShotAsync(name, EvidenceFolder.CloudExistingShot, view.Page, view.Panel, view.Masked, view.Frame).ConfigureAwait(false);
        }
        await CancelAsync(panel).ConfigureAwait(false);
        return read;
    }

    private static string Scrub(string text, CloudConnection connection) => SecretText.Scrub(text, [connection.Password]);

    private static string Join(string text, string note) => note.Length == 0 ? text : $"{text}; {note}";

    /// <summary>Why the guide's step 4 calls for this Service Provider.</summary>
    private static string ProviderReason(CloudConnection connection) =>
        connection.OAuth2Credentials is { } credentials
            ? $"the Server's Protocol uses OAuth Credentials, so the provider of the account type, with OAuth2 Credentials '{credentials}'"
            : connection.ServiceProvider.Contains("POP3", StringComparison.OrdinalIgnoreCase)
                ? "the Server's Protocol contains POP3"
                : connection.ServiceProvider.Contains("IMAP", StringComparison.OrdinalIgnoreCase)
                    ? "the Server's Protocol contains IMAP"
                    : "as the mapping rules say";
}
