using Robot.Domain;

namespace Robot.Adapters.Ledger;

/// <summary>
/// The merge command's files: reads results files of several shards, refuses any that is not a results file, and
/// writes the merged rows (<see cref="ShardResults.Merge"/>) as one results.csv with the ledger's own header.
/// </summary>
public static class ResultsFileMerger
{
    /// <returns>The rows written.</returns>
    public static IReadOnlyList<LedgerRow> Merge(IReadOnlyList<string> inputs, string outputPath)
    {
        if (inputs.Count == 0) throw new InvalidDataException("name at least one results file to merge");
        var output = Path.GetFullPath(outputPath);
        var files = new List<IReadOnlyList<LedgerRow>>();
        foreach (var input in inputs)
        {
            var path = Path.GetFullPath(input);
            if (!File.Exists(path)) throw new InvalidDataException($"{input}: no such file");
            files.Add(ResultsFile.Read(path).Rows);
        }
        if (File.Exists(output) && !inputs.Any(input => string.Equals(Path.GetFullPath(input), output, StringComparison.Ordinal)))
            throw new InvalidDataException($"{output} exists and is not one of the files merged; choose another output folder");

        var merged = ShardResults.Merge(files);
        // Written beside the target, then moved over it: a merge that fails half way leaves the old file whole.
        CsvFormat.WriteAll(output, merged.Select(LedgerCsvRecord.From));
        return merged;
    }
}
