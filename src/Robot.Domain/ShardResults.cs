namespace Robot.Domain;

/// <summary>Joins the results of several shards (or runs) of one migration into one ledger.</summary>
public static class ShardResults
{
    /// <summary>
    /// One row per connection (names compared without case): the one that finished latest, and of rows finished at the
    /// same time the one from the later file. The rows come out in the order they finished, as a ledger is written.
    /// </summary>
    public static IReadOnlyList<LedgerRow> Merge(IEnumerable<IReadOnlyList<LedgerRow>> files)
    {
        var latest = new Dictionary<string, (LedgerRow Row, int File, int Line)>(StringComparer.OrdinalIgnoreCase);
        var fileIndex = 0;
        foreach (var rows in files)
        {
            for (var line = 0; line < rows.Count; line++)
            {
                var row = rows[line];
                if (!latest.TryGetValue(row.Name, out var kept) || row.FinishedUtc >= kept.Row.FinishedUtc)
                    latest[row.Name] = (row, fileIndex, line);
            }
            fileIndex++;
        }
        return latest.Values
            .OrderBy(entry => entry.Row.FinishedUtc).ThenBy(entry => entry.File).ThenBy(entry => entry.Line)
            .Select(entry => entry.Row)
            .ToList();
    }
}
