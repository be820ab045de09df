namespace Robot.Domain;

/// <summary>Reads earlier runs' rows to tell which items (connections, credentials) a resumed run may skip.</summary>
public static class LedgerHistory
{
    /// <summary>Names (case-insensitive) whose latest row, in file order, is done.</summary>
    public static IReadOnlySet<string> DoneNames(IEnumerable<LedgerRow> rows) => DoneNames(rows.Select(row => (row.Name, row.Status)));

    /// <summary>Names (case-insensitive) whose latest status word, in file order, is done: any kind's ledger read as (name, status).</summary>
    public static IReadOnlySet<string> DoneNames(IEnumerable<(string Name, string Status)> rows)
    {
        var latest = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, status) in rows) latest[name] = status;
        return latest
            .Where(pair => ConnectionStatusWire.TryParse(pair.Value, out var status) && status.IsDone())
            .Select(pair => pair.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
