using Robot.Adapters.Ledger;
using Robot.Domain;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>One in-process run of the robot's command line: exit code, what it printed, the files it wrote.</summary>
public sealed record RobotRun(string[] Args, int ExitCode, string Out, string Error, string OutputFolder, TimeSpan Elapsed)
{
    public string ResultsPath => Path.Combine(OutputFolder, CsvResultsLedger.FileName);

    public string PlanPath => Path.Combine(OutputFolder, PlanCsvWriter.FileName);

    public string InventoryPath => Path.Combine(OutputFolder, InventoryCsvWriter.FileName);

    /// <summary>Rows of results.csv; with <paramref name="thisRunOnly"/>, only the rows of the latest run id.</summary>
    public IReadOnlyList<LedgerRow> Rows(bool thisRunOnly = true)
    {
        var rows = CsvResultsLedger.ReadAll(ResultsPath);
        if (!thisRunOnly || rows.Count == 0) return rows;
        var runId = rows[^1].RunId;
        return rows.Where(r => r.RunId == runId).ToList();
    }

    public IReadOnlyDictionary<string, string> StatusByName(bool thisRunOnly = true) =>
        Rows(thisRunOnly).ToDictionary(r => r.Name, r => r.Status, StringComparer.Ordinal);

    public LedgerRow Row(string name) => Rows().Single(r => r.Name == name);

    /// <summary>Everything the run printed, for failure messages.</summary>
    public string Transcript => $"robot {string.Join(' ', Args)} → exit {ExitCode} in {Elapsed.TotalSeconds:0.0} s\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";

    public override string ToString() => Transcript;
}
