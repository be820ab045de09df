using System.Globalization;
using Robot.Adapters.Probe;
using Robot.Domain;
using Spectre.Console;

namespace Robot.Cli.Commands;

/// <summary>
/// What probe prints: one table with a line per selector key (site, key, selector, result, screenshot or note), the value
/// maps' gaps, the fields each Service Provider showed, one Server connection as it would be written on Cloud (password
/// masked), and a closing line. Spectre.Console tables in a terminal, plain lines under CI or a pipe.
/// </summary>
internal sealed class ProbeOutput(CliServices services)
{
    private readonly IAnsiConsole? console = services.Interactive ? Report.TerminalConsole(services.Out) : null;

    public void Print(ProbeReport report, string csvPath, TimeUnit serverTimeoutUnit)
    {
        Keys(report.Lines);
        foreach (var gap in report.Gaps) services.Out.WriteLine($"value-map gap: {gap.Site}: {gap.Map}: {gap.Note}");
        foreach (var provider in report.CloudFields)
            services.Out.WriteLine($"Cloud Add panel, {provider.Provider}: shows {string.Join(", ", provider.Fields.Select(f => f.Replace("panel.", "", StringComparison.Ordinal)))}");
        Sample(report, serverTimeoutUnit);
        foreach (var failure in report.Failures) services.Error.WriteLine($"robot: probe: {failure}");
        var wrong = report.Wrong.ToList();
        foreach (var line in wrong)
            services.Out.WriteLine($"{line.Result.ToWire()}: {line.File} '{line.Key}' ({line.Selector}){(line.Screenshot.Length > 0 ? $"; screenshot: {line.Screenshot}" : "")}");
        var counts = string.Join(", ", report.Lines.GroupBy(l => l.Result).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToWire()}"));
        services.Out.WriteLine($"probe: {counts}; {report.Gaps.Count} value-map gap(s); nothing was saved on either site " +
                               $"({report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
        services.Out.WriteLine($"probe: {csvPath}");
        if (wrong.Count > 0) services.Out.WriteLine("probe: fix the keys named above in the selectors folder (see README, \"Adapting to another app version\") and run probe again");
    }

    private void Keys(IReadOnlyList<ProbeLine> lines)
    {
        if (console is null)
        {
            foreach (var l in lines)
                services.Out.WriteLine($"{l.Site,-6} {l.Key,-28} {l.Result.ToWire(),-11} {l.Selector}  {(l.Screenshot.Length > 0 ? l.Screenshot : l.Note)}".TrimEnd());
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title("Probe (nothing was saved)");
        table.AddColumn("Site").AddColumn("Key").AddColumn("Selector").AddColumn("Result").AddColumn("Screenshot / note");
        foreach (var l in lines)
            table.AddRow(Markup.Escape(l.Site), Markup.Escape(l.Key), Markup.Escape(l.Selector), ResultMarkup(l.Result),
                Markup.Escape(l.Screenshot.Length > 0 ? l.Screenshot : l.Note));
        console.Write(table);
    }

    private static string ResultMarkup(KeyResult result) => result switch
    {
        KeyResult.Found => "[green]found[/]",
        KeyResult.Ambiguous => "[yellow]ambiguous[/]",
        KeyResult.NotFound => "[red]not found[/]",
        _ => "[grey]not reached[/]",
    };

    /// <summary>One Server connection and what the mapping makes of it on Cloud, units converted, the password masked.</summary>
    private void Sample(ProbeReport report, TimeUnit serverTimeoutUnit)
    {
        if (report.Sample is not { } server) return;
        services.Out.WriteLine($"Sample: '{server.Name}' as read on the Server → as it would be written on Cloud:");
        if (report.SampleMapped is MappingResult.Invalid invalid)
        {
            services.Out.WriteLine($"  invalid: {invalid.Describe()}");
            return;
        }
        if (report.SampleMapped is not MappingResult.Mapped { Connection: var cloud }) return;
        foreach (var (field, before, after) in SampleFields.Of(server, cloud, serverTimeoutUnit))
            services.Out.WriteLine($"  {field,-18} {before,-32} → {after}");
    }
}
