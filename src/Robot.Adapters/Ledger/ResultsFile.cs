using CsvHelper;
using CsvHelper.TypeConversion;
using Robot.Domain;

namespace Robot.Adapters.Ledger;

/// <summary>
/// What a results.csv holds, read without trusting it: a file that is missing, empty or only a BOM has no rows; a last
/// row cut short (a run stopped while writing it) is left out; a file of other columns, or a damaged row before the
/// last, is refused with one sentence naming the file, the row and what to do.
/// </summary>
/// <param name="AppendableAsIs">Whether rows can be appended to the file as it is (else it is written again, whole, first).</param>
public sealed record ResultsFile(IReadOnlyList<LedgerRow> Rows, bool CutRowLeftOut, bool AppendableAsIs)
{
    /// <exception cref="InvalidDataException">Not a results file of this robot, or a damaged row before the last.</exception>
    public static ResultsFile Read(string path)
    {
        if (CsvTable.ReadText(path) is not { } text) return new ResultsFile([], CutRowLeftOut: false, AppendableAsIs: false);
        var (reader, header) = CsvTable.Open(path, text, "a results file", LedgerCsvRecord.Columns,
            LedgerCsvRecord.ColumnsBeforeCloudState, LedgerCsvRecord.ColumnsBeforeNotCarried, LedgerCsvRecord.ColumnsBeforeMailCheck);
        using var csv = reader;
        var current = header.SequenceEqual(LedgerCsvRecord.Columns);

        var endsWithLineBreak = text.EndsWith('\n') || text.EndsWith('\r');
        var rows = new List<LedgerRow>();
        while (csv.Read())
        {
            var rowNumber = csv.Parser.Row;
            var (row, problem) = TryRow(csv, header.Length);
            if (row is not null)
            {
                rows.Add(row);
                continue;
            }
            // Only the very last row may be unfinished, and only when the file does not end with a line break.
            if (!endsWithLineBreak && !csv.Read()) return new ResultsFile(rows, CutRowLeftOut: true, AppendableAsIs: false);
            throw new InvalidDataException($"{path}: row {rowNumber} is damaged ({problem}): repair or delete it, or {CsvTable.WhatToDo}");
        }
        return new ResultsFile(rows, CutRowLeftOut: false, AppendableAsIs: current && endsWithLineBreak);
    }

    private static (LedgerRow? Row, string Problem) TryRow(CsvReader csv, int columns)
    {
        if (csv.Parser.Count < columns) return (null, $"{csv.Parser.Count} of its {columns} values");
        try
        {
            return (csv.GetRecord<LedgerCsvRecord>().ToRow(), "");
        }
        catch (TypeConverterException error)
        {
            return (null, $"{error.MemberMapData?.Names.FirstOrDefault() ?? "a value"} is '{CsvTable.Shorten(error.Text ?? "")}'");
        }
        catch (FormatException)
        {
            return (null, $"finished_utc is '{CsvTable.Shorten(csv.GetField("finished_utc") ?? "")}', not a time");
        }
        catch (CsvHelperException error)
        {
            return (null, error.Message.Split('\n', 2)[0].Trim());
        }
    }
}
