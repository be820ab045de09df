using Microsoft.Playwright;
using Robot.Adapters.Evidence;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// One connection written on Cloud along the guide: Add (or the row's Edit), fill the panel, Test Connection, Save
/// (or Cancel after a failed test), confirm the row. Each guide step is logged, and screenshots kept, when asked.
/// </summary>
internal sealed class CloudWriter(CloudPage cloud, CloudElements elements, CloudList list, CloudPanelFiller filler,
    CloudMessages messages, CloudFaults faults, CloudRowState states)
{
    private SiteSelectors Selectors => cloud.Selectors;

    private StepLog? Guide => cloud.Options.Guide;

    public async Task<CloudWriteResult> WriteAsync(CloudConnection connection, WriteMode mode, bool saveOnTestFailure, CancellationToken cancellationToken)
    {
        using (var open = Guide is null ? null : await Guide.BeginAsync(GuideStep.CloudAdministration, connection.Name).ConfigureAwait(false))
            await list.EnsureAsync(cancellationToken).ConfigureAwait(false);
        CloudPanel panel;
        using (var add = Guide is null ? null : await Guide.BeginAsync(GuideStep.CloudAdd, connection.Name).ConfigureAwait(false))
        {
            panel = await OpenPanelAsync(connection.Name, mode).ConfigureAwait(false);
            add?.Done(mode == WriteMode.Create ? "Add panel open" : "Edit panel open (update)");
        }
        var fill = await FillAsync(panel, connection).ConfigureAwait(false);
        var note = fill.Note(connection.ServiceProvider);

        string testText;
        using (var test = Guide is null ? null : await Guide.BeginAsync(GuideStep.TestConnection, connection.Name).ConfigureAwait(false))
        {
            cloud.Step("Cloud: Test Connection");
            testText = await TestConnectionAsync(panel, connection).ConfigureAwait(false);
            test?.Done((Passed(testText) ? "passed: " : "failed: ") + Scrub(testText, connection));
        }
        var passed = Passed(testText);
        var scrubbedTest = Scrub(Join(testText, note), connection);
        var folder = cloud.Options.Evidence is null ? "" : await ShotAsync(connection, EvidenceFolder.TestResultShot, panel).ConfigureAwait(false);
        if (!passed && faults.IsServerFault(testText))
        {
            await CancelAsync(panel).ConfigureAwait(false);
            throw new SystemFaultException($"Test Connection: {scrubbedTest}");
        }
        if (!passed && !saveOnTestFailure)
        {
            var failure = await faults.FailureShotAsync(connection.Name).ConfigureAwait(false);
            var shot = folder.Length > 0 ? folder : failure.Length > 0 ? failure : await faults.EvidenceAsync(connection.Name, "test-failed").ConfigureAwait(false);
            cloud.Step("Cloud: the test failed; Cancel without saving");
            await CancelAsync(panel).ConfigureAwait(false);
            return new CloudWriteResult(false, scrubbedTest, false, "not saved because Test Connection failed", shot) { OptionalFieldsWritten = fill.OptionalWritten };
        }
        var saved = await SaveAsync(panel, connection).ConfigureAwait(false);
        var message = passed ? saved : $"{saved} (saved although Test Connection failed)";
        var (state, enabled) = cloud.Options.EnableTested && passed
            ? await states.EnableAsync(connection.Name).ConfigureAwait(false)
            : (await states.ReadAsync(connection.Name).ConfigureAwait(false), "");
        return new CloudWriteResult(passed, scrubbedTest, true, Scrub(Join(Join(message, enabled), note), connection), folder)
        {
            OptionalFieldsWritten = fill.OptionalWritten,
            CloudState = state,
        };
    }

    private bool Passed(string testText) => Selectors["panel.testSuccess"].MatchesText(testText);

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

    /// <summary>Guide steps 3 (copy every field) and 4 (the Service Provider and why), with the filled panel's screenshot.</summary>
    private async Task<PanelFill> FillAsync(CloudPanel panel, CloudConnection connection)
    {
        PanelFill fill;
        using (var copy = Guide is null ? null : await Guide.BeginAsync(GuideStep.CopyFields, connection.Name).ConfigureAwait(false))
        {
            cloud.Options.Evidence?.WriteCloudFields(connection);
            cloud.Step($"Cloud: fill the panel (Service Provider {connection.ServiceProvider})");
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
            copy?.Done(string.Join(", ", fill.Written.Skip(1)) + (note.Length > 0 ? "; " + note : ""));
        }
        if (Guide is not null)
        {
            // Guide step 4: the Service Provider shown is the one the Protocol calls for, and why.
            using var provider = await Guide.BeginAsync(GuideStep.ServiceProvider, connection.Name).ConfigureAwait(false);
            var shown = await new CloudDropdown(cloud).ChosenAsync(Selectors.Find(panel.Inside, "panel.serviceProvider")).ConfigureAwait(false);
            provider.Done($"{shown}: {ProviderReason(connection)}");
        }
        if (cloud.Options.Evidence is not null) await ShotAsync(connection, EvidenceFolder.CloudFilledShot, panel).ConfigureAwait(false);
        return fill;
    }

    private Task<string> ShotAsync(CloudConnection connection, string file, CloudPanel panel) =>
        cloud.Options.Evidence!.ShotAsync(connection.Name, file, cloud.Page, panel.Dialog,
            [Selectors.Find(panel.Inside, "panel.password")], Selectors.Find(cloud.Top, "app.frame"));

    /// <summary>Clicks Test Connection and returns what its result says once the test is over (a result shown after the click only).</summary>
    private async Task<string> TestConnectionAsync(CloudPanel panel, CloudConnection connection)
    {
        var button = Selectors.Find(panel.Inside, "panel.testButton");
        var before = await messages.MarkAsync("panel.testResult").ConfigureAwait(false);
        await elements.ClickAsync(panel.Inside, "panel.testButton", panel.Region).ConfigureAwait(false);
        // The mail server may take up to the connection's own timeout to answer.
        var limit = cloud.Timeout + (connection.TimeoutSpan ?? TimeSpan.Zero) + TimeSpan.FromSeconds(5);
        var running = Selectors.Has("panel.testRunning") ? Selectors["panel.testRunning"] : null;
        // Each call is a round trip (and a DOM snapshot when tracing): while no result shows, only the expiry is also
        // checked; the button's state only once a result shows.
        return await PageGuard.UntilAsync(async () =>
        {
            var text = await messages.FreshAsync(before).ConfigureAwait(false);
            if (await cloud.ExpiredNowAsync().ConfigureAwait(false)) throw cloud.Expired();
            if (text is null || (running is not null && running.MatchesText(text))) return null;
            return await PageGuard.ShownAsync(button).ConfigureAwait(false) && !await button.IsEnabledAsync().ConfigureAwait(false) ? null : text;
        }, limit, "Test Connection's result").ConfigureAwait(false);
    }

    /// <summary>Clicks Save and waits for its answer: a new error flag (refused) or the panel closing, then the row in the list.</summary>
    private async Task<string> SaveAsync(CloudPanel panel, CloudConnection connection)
    {
        using var save = Guide is null ? null : await Guide.BeginAsync(GuideStep.Save, connection.Name).ConfigureAwait(false);
        cloud.Step("Cloud: Save");
        var errors = await messages.MarkAsync("panel.errorFlag").ConfigureAwait(false);
        var successes = await messages.MarkAsync("panel.successFlag").ConfigureAwait(false);
        await elements.ClickAsync(panel.Inside, "panel.saveButton", panel.Region).ConfigureAwait(false);
        // Accepted, the panel closes (one wait in the browser); refused, it stays open under a new error flag (asked now and then).
        var closed = panel.Dialog.First.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = (float)cloud.Timeout.TotalMilliseconds });
        var error = await SettledWait.SettledOrAnswerAsync(closed, async () =>
            await cloud.ExpiredNowAsync().ConfigureAwait(false) ? throw cloud.Expired()
            : await messages.FreshAsync(errors).ConfigureAwait(false), cloud.Timeout, "the Save to answer").ConfigureAwait(false) ?? "";
        if (error.Length > 0)
        {
            var flag = Scrub(error, connection);
            var refused = await faults.FailureShotAsync(connection.Name).ConfigureAwait(false);
            if (refused.Length == 0) refused = await faults.EvidenceAsync(connection.Name, "save-refused").ConfigureAwait(false);
            save?.Done("refused: " + flag);
            await CancelAsync(panel).ConfigureAwait(false);
            if (faults.IsServerFault(flag) || cloud.SessionExpiredText(flag)) throw new SystemFaultException($"Save: {flag}") { Evidence = refused };
            throw new BusinessFaultException($"Save refused: {flag}" + (refused.Length > 0 ? $" (see {refused})" : "")) { Evidence = refused };
        }

        cloud.Step($"Cloud: confirm that '{connection.Name}' is in the list");
        await list.WaitForListAsync().ConfigureAwait(false);
        await list.WaitForRowAsync(connection.Name).ConfigureAwait(false);
        cloud.ListConfirmed = true;
        var savedText = await messages.FreshAsync(successes).ConfigureAwait(false) ?? "saved";
        save?.Done("saved, in the list: " + Scrub(savedText, connection));
        return savedText;
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
            await evidence.ShotAsync(name, EvidenceFolder.CloudExistingShot, cloud.Page, panel.Dialog,
                [Selectors.Find(panel.Inside, "panel.password")], Selectors.Find(cloud.Top, "app.frame")).ConfigureAwait(false);
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
