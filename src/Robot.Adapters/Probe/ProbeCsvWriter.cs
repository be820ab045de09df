using CsvHelper.Configuration.Attributes;
using Robot.Adapters.Ledger;

namespace Robot.Adapters.Probe;

/// <summary>probe.csv: a line per selector key of each site with what the probe found, then a line per value-map gap.</summary>
public static class ProbeCsvWriter
{
    public const string FileName = "probe.csv";

    public const string GapResult = "value-map gap";

    public static void Write(string path, ProbeReport report) =>
        CsvFormat.WriteAll(path, report.Lines.Select(Record.From).Concat(report.Gaps.Select(Record.From)));

    private sealed class Record
    {
        [Name("site"), Index(0)] public string Site { get; set; } = "";
        [Name("file"), Index(1)] public string File { get; set; } = "";
        [Name("key"), Index(2)] public string Key { get; set; } = "";
        [Name("selector"), Index(3)] public string Selector { get; set; } = "";
        [Name("result"), Index(4)] public string Result { get; set; } = "";
        [Name("screenshot"), Index(5)] public string Screenshot { get; set; } = "";
        [Name("note"), Index(6)] public string Note { get; set; } = "";

        public static Record From(ProbeLine line) => new()
        {
            Site = line.Site, File = line.File, Key = line.Key, Selector = line.Selector,
            Result = line.Result.ToWire(), Screenshot = line.Screenshot, Note = line.Note,
        };

        public static Record From(ValueMapGap gap) => new()
        {
            Site = gap.Site, File = "settings", Key = gap.Map, Selector = gap.Value, Result = GapResult, Note = gap.Note,
        };
    }
}
