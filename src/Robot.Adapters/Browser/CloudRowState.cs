using Microsoft.Playwright;
using Robot.Domain;

namespace Robot.Adapters.Browser;

/// <summary>
/// Whether a connection polls, as its row in the Cloud's list shows it (a status lozenge, a toggle's words: whatever
/// cloud.json's list.state* keys find inside the row), and the row's Enable action. The keys are optional: a Cloud
/// whose list shows no state gives <see cref="CloudState.Unknown"/>, and one without an Enable action refuses --enable.
/// </summary>
internal sealed class CloudRowState(CloudPage cloud, CloudList list, CloudMessages messages)
{
    // Needs correction first: such a row may also read as disabled.
    private static readonly (string Key, CloudState State)[] States =
    [
        ("list.stateNeedsCorrection", CloudState.NeedsCorrection),
        ("list.stateEnabled", CloudState.Enabled),
        ("list.stateDisabled", CloudState.Disabled),
    ];

    public const string EnableKey = "list.enableButton";

    public static IReadOnlyList<string> Keys { get; } = [.. States.Select(s => s.Key), EnableKey];

    private SiteSelectors Selectors => cloud.Selectors;

    /// <summary>The state the row of this name shows now; unknown when there is no such row or it shows none.</summary>
    public async Task<CloudState> ReadAsync(string name) =>
        await list.RowOfAsync(name).ConfigureAwait(false) is { } row ? await OfAsync(row).ConfigureAwait(false) : CloudState.Unknown;

    /// <summary>
    /// The state each row of the list shows now, by name (as <see cref="CloudList.NamesAsync"/> reads them): one call
    /// per state key for the whole list, not a few per row.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, CloudState>> ReadAllAsync()
    {
        var states = new Dictionary<string, CloudState>(StringComparer.Ordinal);
        foreach (var (key, state) in States)
        {
            if (!Selectors.Has(key)) continue;
            var shown = Selectors.Find(cloud.App, key).Filter(new LocatorFilterOptions { Visible = true });
            foreach (var name in await list.NamesAsync(shown).ConfigureAwait(false))
                states.TryAdd(name, state);
        }
        return states;
    }

    /// <summary>The state <paramref name="row"/> (just found by its name) shows now.</summary>
    public async Task<CloudState> OfAsync(ILocator row)
    {
        foreach (var (key, state) in States)
            if (Selectors.Has(key) && await PageGuard.ShownAsync(Selectors.Find(LocatorScope.Of(row), key)).ConfigureAwait(false))
                return state;
        return CloudState.Unknown;
    }

    /// <summary>
    /// Clicks the row's Enable and waits until the row shows it enabled (the list may be drawn again meanwhile), or an
    /// error flag appears after the click. A row that needs correction is not enabled. Returns the state the row then
    /// shows and, when it was not enabled, why (for the row's message; the connection stays saved).
    /// </summary>
    /// <param name="found">The row of this name when the caller has just found it, else null (looked for here).</param>
    public async Task<(CloudState State, string Note)> EnableAsync(string name, ILocator? found = null)
    {
        var row = found ?? await list.RowOfAsync(name).ConfigureAwait(false);
        var state = row is null ? CloudState.Unknown : await OfAsync(row).ConfigureAwait(false);
        if (!Selectors.Has(EnableKey))
            return (state, $"not enabled: {Selectors.FilePath} names no Enable action in the list ({EnableKey})");
        if (row is null || state is CloudState.Enabled or CloudState.NeedsCorrection)
            return (state, state == CloudState.NeedsCorrection ? "not enabled: the Cloud says it needs correction" : "");
        cloud.Step($"Cloud: Enable — '{name}'");
        var errors = await messages.MarkAsync("panel.errorFlag").ConfigureAwait(false);
        await Selectors.Find(LocatorScope.Of(row), EnableKey).First.ClickAsync().ConfigureAwait(false);
        var refusal = await PageGuard.UntilAsync(async () =>
            await messages.FreshAsync(errors).ConfigureAwait(false) is { } flag ? flag
            : await ReadAsync(name).ConfigureAwait(false) == CloudState.Enabled ? ""
            : null, cloud.Timeout, $"'{name}' to show enabled").ConfigureAwait(false);
        return refusal.Length == 0
            ? (CloudState.Enabled, "enabled")
            : (await ReadAsync(name).ConfigureAwait(false), "Enable refused: " + refusal);
    }
}
