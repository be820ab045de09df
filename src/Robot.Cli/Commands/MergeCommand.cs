using System.CommandLine;
using Robot.Adapters.Ledger;

namespace Robot.Cli;

/// <summary>merge: joins the results.csv files of the shards of one migration (--shard K/N) into one results.csv.</summary>
public static class MergeCommand
{
    public static Command Build(CliServices services, Option<string> output)
    {
        var files = new Argument<string[]>("files") { Description = "results.csv files of the shards (or runs) to join", Arity = ArgumentArity.OneOrMore };
        var merge = new Command("merge", "Join the results.csv of several shards into one results.csv in --output DIR (the latest row of each connection wins); no browser");
        merge.Options.Add(output);
        merge.Arguments.Add(files);
        merge.SetAction(r => Run(services, r.GetValue(output), r.GetValue(files) ?? []));
        return merge;
    }

    private static int Run(CliServices services, string? outputFolder, IReadOnlyList<string> files)
    {
        var report = new Report(services);
        if (string.IsNullOrWhiteSpace(outputFolder))
            return report.Fail(ExitCodes.UsageOrConfiguration, "merge needs --output DIR (where the joined results.csv goes)");
        var output = Path.Combine(Path.GetFullPath(outputFolder, services.WorkingDirectory), CsvResultsLedger.FileName);
        try
        {
            var rows = ResultsFileMerger.Merge(files.Select(file => Path.GetFullPath(file, services.WorkingDirectory)).ToList(), output);
            report.Line($"merged {files.Count} file(s): {rows.Count} connection(s) in {output}");
            return ExitCodes.Success;
        }
        catch (Exception error) when (error is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return report.Fail(ExitCodes.UsageOrConfiguration, $"merge refused: {error.Message}");
        }
    }
}
