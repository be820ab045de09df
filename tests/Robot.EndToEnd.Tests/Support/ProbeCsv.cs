using Robot.Adapters.Probe;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>probe.csv as the tests read it: one line per key (site, file, key, selector, result, screenshot, note) and per value-map gap.</summary>
public sealed record ProbeCsvLine(string Site, string File, string Key, string Selector, string Result, string Screenshot, string Note)
{
    public static IReadOnlyList<ProbeCsvLine> Read(string outputFolder)
    {
        var rows = Rfc4180.ReadFile(Path.Combine(outputFolder, ProbeCsvWriter.FileName));
        Assert.That(rows[0], Is.EqualTo(new[] { "site", "file", "key", "selector", "result", "screenshot", "note" }), "probe.csv header");
        return rows.Skip(1).Select(r => new ProbeCsvLine(r[0], r[1], r[2], r[3], r[4], r[5], r[6])).ToList();
    }

    public string Named => $"{File} {Key}";

    public override string ToString() => $"{Site} {Key} {Result} {Note}";
}
