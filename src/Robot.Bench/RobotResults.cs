using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Robot.Bench;

/// <summary>One row of the robot's results.csv, the columns the bench needs.</summary>
public sealed record ResultRow(string Name, string Status, double DurationMs);

/// <summary>Reads results.csv (the robot's ledger) and steps.log (its step lines) after a run.</summary>
public static class RobotResults
{
    public static IReadOnlyList<ResultRow> ReadResults(string resultsCsv)
    {
        if (!File.Exists(resultsCsv)) return [];
        using var reader = new StreamReader(resultsCsv);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false });
        var rows = new List<ResultRow>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var duration = double.TryParse(csv.GetField("duration_ms"), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) ? ms : double.NaN;
            rows.Add(new ResultRow(csv.GetField("name") ?? "", csv.GetField("status") ?? "", duration));
        }
        return rows;
    }

    /// <summary>
    /// When step 1.1 (the Server's Incoming Mail Connections list, reached after the login) was written: the first
    /// Server page the robot has in hand. Each steps.log line starts with the UTC time its step ended.
    /// </summary>
    public static DateTime? FirstServerPageUtc(string stepsLog)
    {
        if (!File.Exists(stepsLog)) return null;
        foreach (var line in File.ReadLines(stepsLog))
        {
            var fields = line.Split("  ", 3, StringSplitOptions.TrimEntries);
            if (fields.Length < 2 || fields[1] != "1.1") continue;
            if (DateTime.TryParse(fields[0], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when))
                return when;
        }
        return null;
    }
}
