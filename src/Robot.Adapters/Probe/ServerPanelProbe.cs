using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Domain;

namespace Robot.Adapters.Probe;

/// <summary>
/// Opens Edit panels of the first list page in turn (More actions → Edit), reads each as the robot does (filled, stable,
/// naming the row) and closes it with Cancel, until a connection of every kind was read or the page runs out. Each
/// kind's own fields must show on its panel; the other fields on at least one panel. A panel that does not fill in
/// completely ends the search (its fields were checked). The Server's Encryption choices are compared with the value map.
/// </summary>
internal sealed class ServerPanelProbe(IReadOnlyList<ProbeKind> kinds, ProbeGaps gaps, IReadOnlyCollection<string> encryptionMapKeys)
{
    private const string SelectOptions = "els => els.filter(e => e.tagName === 'SELECT').flatMap(e => Array.from(e.options).map(o => o.text))";

    private readonly HashSet<string> seenFields = new(StringComparer.Ordinal);
    private bool encryptionCompared;
    private bool samplePreferred;

    public ServerConnection? Sample { get; private set; }

    private static IEnumerable<string> FieldKeys => ServerPanelSnapshot.Fields.Select(f => f.Key);

    private static readonly HashSet<string> OptionalKeys = Robot.Domain.Kinds.IncomingMailConnections.Kind.Fields.OnServer
        .Where(f => f.ServerOptional).Select(f => f.ServerKey!).ToHashSet(StringComparer.Ordinal);

    private readonly List<ProbeKind> wanted = [.. kinds];
    private bool stopped;

    /// <summary>Whether a kind is still to be read from the next list page.</summary>
    public bool WantsMore => wanted.Count > 0 && !stopped;

    /// <summary>Reads panels of this list page until every kind was read (or a panel did not fill in).</summary>
    public async Task ReadKindsAsync(ServerProbe server, IReadOnlyList<string> rowNames, bool lastPage)
    {
        for (var index = 0; index < rowNames.Count && WantsMore; index++)
        {
            server.Begin($"row {index + 1} '{rowNames[index]}': More actions → Edit, read, Cancel");
            var dialog = await OpenAsync(server, index).ConfigureAwait(false);
            var inside = LocatorScope.Of(dialog);
            // Only a connection of a kind not read yet is read in full; for the others the Protocol tells the kind.
            var protocol = await ProtocolOfAsync(server, inside, rowNames[index]).ConfigureAwait(false);
            var guess = protocol is null ? null : kinds.FirstOrDefault(k => k.Is(protocol));
            var snapshot = guess is not null && wanted.Contains(guess) ? await ReadAsync(server, inside, rowNames[index]).ConfigureAwait(false) : null;
            var connection = snapshot?.ToConnection();
            var kind = connection is null ? guess : kinds.FirstOrDefault(k => k.Is(connection.Protocol));
            var complete = snapshot?.IsComplete(rowNames[index]) ?? protocol is not null;
            var isNewKind = kind is not null && wanted.Remove(kind);
            TakeSample(connection, complete && kind is PasswordProbeKind);
            var last = !complete || wanted.Count == 0 || (lastPage && index == rowNames.Count - 1);
            if (isNewKind || last) await CheckFieldsAsync(server, inside, isNewKind ? kind : null, last).ConfigureAwait(false);
            await CompareEncryptionAsync(server, inside).ConfigureAwait(false);
            await CloseAsync(server, dialog, inside).ConfigureAwait(false);
            stopped = !complete;
        }
    }

    /// <summary>The fields of kinds no connection of which was read are not reached, and why.</summary>
    public void ReportUnread(ServerProbe server)
    {
        foreach (var kind in wanted)
            foreach (var key in kind.ServerPanelKeys)
                server.Sheet.Unchecked(key, $"no {kind.Name} connection was read (none on the first two list pages, or an earlier panel did not fill in)");
    }

    /// <summary>The first connection read, replaced once by the first fully read password connection (it shows the most fields).</summary>
    private void TakeSample(ServerConnection? connection, bool preferred)
    {
        if (connection is null || samplePreferred || (Sample is not null && !preferred)) return;
        Sample = connection;
        samplePreferred = preferred;
    }

    private static async Task<ILocator> OpenAsync(ServerProbe server, int index)
    {
        var row = server.Rows().Nth(index);
        await server.Selectors.Find(LocatorScope.Of(row), "list.actionsButton").ClickAsync().ConfigureAwait(false);
        var edit = await server.RequireAsync(server.Scope, "list.editItem").ConfigureAwait(false);
        await edit.ClickAsync().ConfigureAwait(false);
        return await server.RequireAsync(server.Scope, "editPanel.dialog").ConfigureAwait(false);
    }

    /// <summary>The Protocol the panel shows once its Name is the row's; null when it does not within the timeout.</summary>
    private static async Task<string?> ProtocolOfAsync(ServerProbe server, LocatorScope inside, string rowName)
    {
        if (!server.Selectors.Has("editPanel.name") || !server.Selectors.Has("editPanel.protocol")) return null;
        var name = server.Selectors.Find(inside, "editPanel.name");
        var protocol = server.Selectors.Find(inside, "editPanel.protocol");
        try
        {
            return await PageGuard.UntilAsync(async () =>
                NameText.Same(await ValueAsync(name).ConfigureAwait(false), rowName) && await ValueAsync(protocol).ConfigureAwait(false) is { Length: > 0 } shown
                    ? shown : null, server.Options.Wait, "the panel to name the row").ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private static async Task<string?> ValueAsync(ILocator field) =>
        await field.CountAsync().ConfigureAwait(false) == 0 ? null
        : NameText.Of(await field.First.EvaluateAsync<string?>("e => e.tagName === 'SELECT' ? (e.options[e.selectedIndex]?.text ?? '') : (e.value ?? e.textContent ?? '')").ConfigureAwait(false));

    private static Task<ServerPanelSnapshot?> ReadAsync(ServerProbe server, LocatorScope inside, string rowName)
    {
        var reader = new ServerPanelReader(server.Selectors, server.Options.Wait, server.Options.PanelSettle, TimeProvider.System);
        return reader.ReadAsync(inside, server.Selectors.Find(server.Scope, "login.submit"), rowName, CancellationToken.None);
    }

    /// <summary>A new kind's own fields must show; any field shown is checked; on the last panel, fields never shown are not found.</summary>
    private async Task CheckFieldsAsync(ServerProbe server, LocatorScope inside, ProbeKind? kind, bool last)
    {
        var kindKeys = kinds.SelectMany(k => k.ServerPanelKeys).ToHashSet(StringComparer.Ordinal);
        foreach (var key in FieldKeys)
        {
            var own = kind is not null && kind.ServerPanelKeys.Contains(key);
            var shown = await server.ShownNowAsync(inside, key).ConfigureAwait(false);
            if (shown) seenFields.Add(key);
            if (shown || own || (last && !kindKeys.Contains(key) && !seenFields.Contains(key) && !OptionalKeys.Contains(key)))
                await server.CheckAsync(inside, key, wait: false).ConfigureAwait(false);
            else if (last && !seenFields.Contains(key) && OptionalKeys.Contains(key))
                server.Sheet.Unchecked(key, "a field beyond the guide's nine that not every Server (or connection) shows: read where shown");
        }
    }

    /// <summary>Every Encryption the Server offers (when it is a choice list) needs a Cloud wording in ValueMaps:Encryption.</summary>
    private async Task CompareEncryptionAsync(ServerProbe server, LocatorScope inside)
    {
        if (encryptionCompared || !server.Selectors.Has("editPanel.encryption")) return;
        var offered = await server.Selectors.Find(inside, "editPanel.encryption").EvaluateAllAsync<string[]>(SelectOptions).ConfigureAwait(false);
        if (offered.Length == 0) return;
        encryptionCompared = true;
        var known = encryptionMapKeys.Select(k => k.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var value in offered.Select(NameText.Of).Where(v => v.Length > 0 && !known.Contains(v)).Distinct())
            gaps.Add(new ValueMapGap("Server", "ValueMaps:Encryption", value,
                $"the Server's Encryption offers '{value}', which has no Cloud wording (known: {string.Join(", ", known)})"));
    }

    private static async Task CloseAsync(ServerProbe server, ILocator dialog, LocatorScope inside)
    {
        var close = await server.RequireAsync(inside, "editPanel.close").ConfigureAwait(false);
        await close.ClickAsync().ConfigureAwait(false);
        await dialog.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden }).ConfigureAwait(false);
    }
}
