namespace Robot.Domain;

/// <summary>Reads earlier runs' rows to tell which connections a resumed run may skip.</summary>
public static class LedgerHistory
{
    /// <summary>Names (case-insensitive) whose latest row, in file order, is done.</summary>
    public static IReadOnlySet<string> DoneNames(IEnumerable<LedgerRow> rows)
    {
        var latest = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows) latest[row.Name] = row.Status;
        return latest
            .Where(pair => ConnectionStatusWire.TryParse(pair.Value, out var status) && status.IsDone())
            .Select(pair => pair.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
