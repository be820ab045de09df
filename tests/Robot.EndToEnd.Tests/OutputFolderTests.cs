using System.Text;
using Robot.Adapters.Ledger;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The output folder as a new user leaves it: --only that matches nothing writes no results.csv (exit 2); a results.csv
/// that is only a BOM or cut mid-row is read safely by migrate, --resume and merge; one of other columns is refused in
/// one sentence by migrate, --resume, verify, report and merge, and left as it was. The real robot process for every
/// exit 2 and every refusal; the safe reads that go on to migrate run in-process, on the fixture's browser (a child
/// process would add .NET, a Playwright driver and a Chromium of its own to each).
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class OutputFolderTests : RobotFixture
{
    private const string OnCloud = "Already On Cloud IMAP";
    private const string Header = "run_id,finished_utc,name,server_protocol,service_provider,encryption,host,port,username,status,test_connection,message,attempts,duration_ms,evidence,mail_check,mail_latency_ms";
    private const string OtherColumns = "name,status\r\nSupport IMAP,migrated\r\n";

    private async Task<ChildRun> RunAsync(string command, string output, params string[] args)
    {
        var run = await ChildRun.RunAsync([.. Robot.CommandLine(command, args, output)], Robot.WorkFolder, Robot.ChildEnvironment());
        TestContext.Progress.WriteLine($"  {command}: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:0.0} s");
        Assert.That(run.PrintedAStackTrace, Is.False, run.ToString());
        return run;
    }

    /// <summary>The same command line in-process (<see cref="RobotHarness.RunAsync"/>), for a run whose exit code is not the point.</summary>
    private async Task<RobotRun> InProcessAsync(string command, string output, params string[] args)
    {
        var run = await Robot.RunAsync(command, args, output);
        Assert.That(run.AsPrinted().PrintedAStackTrace, Is.False, run.Transcript);
        return run;
    }

    /// <summary>A new output folder holding results.csv with these bytes (after a BOM).</summary>
    private string FolderWithResults(string text)
    {
        var output = Robot.NewOutputFolder();
        Directory.CreateDirectory(output);
        File.WriteAllBytes(Path.Combine(output, CsvResultsLedger.FileName), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        return output;
    }

    private static string Results(string output) => Path.Combine(output, CsvResultsLedger.FileName);

    private static string Refusal(string output) =>
        $"robot: {Results(output)} is not a results file this robot can read (its columns are [name,status], " +
        "a results file's start with run_id,finished_utc,name): move it aside or choose another output folder (--output)";

    [Test]
    public async Task Only_that_matches_nothing_exits_2_and_writes_no_results()
    {
        var output = Robot.NewOutputFolder();
        var run = await RunAsync("migrate", output, "--only", "Nope*");
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.ErrorLines, Is.EqualTo(new[]
        {
            "robot: --only Nope* matches none of the Server's connections (* and ? are wildcards, case does not matter); nothing was done",
        }), run.ToString());
        // The step log says what was looked at; no results, plan, inventory or journal is left to trip a later run.
        Assert.That(Directory.GetFiles(output, "*", SearchOption.AllDirectories).Select(Path.GetFileName), Is.SubsetOf(new[] { "steps.log" }));
    }

    [Test]
    public async Task A_results_file_holding_only_a_BOM_is_read_as_empty_by_migrate_and_resume()
    {
        foreach (var resume in new[] { false, true })
        {
            var output = FolderWithResults("");
            var run = await InProcessAsync("migrate", output, resume ? ["--resume", "--only", OnCloud] : ["--only", OnCloud]);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            Assert.That(File.ReadAllLines(Results(output))[0].TrimStart('\uFEFF'), Is.EqualTo(Header + ",not_carried,cloud_state"));
            Assert.That(CsvResultsLedger.ReadAll(Results(output)).Select(row => (row.Name, row.Status)),
                Is.EqualTo(new[] { (OnCloud, "already-exists") }), run.ToString());
        }
    }

    [Test]
    public async Task A_results_file_cut_mid_row_is_resumed_without_the_cut_row()
    {
        var earlier = "run-0,2025-03-04T05:06:07.891Z,Gone From Server,IMAP,General IMAP4 service,SSL/TLS,h,993,u,migrated,passed,saved,1,10,,,";
        var cut = $"run-0,2025-03-04T05:06:08.000Z,{OnCloud},IMAP,General IMAP4 ser";
        var output = FolderWithResults($"{Header}\r\n{earlier}\r\n{cut}");
        var run = await InProcessAsync("migrate", output, "--resume", "--only", OnCloud);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Out + run.Error, Does.Contain($"{Results(output)} ends with a row cut short (a run stopped while writing it); that row is left out"));
        Assert.That(CsvResultsLedger.ReadAll(Results(output)).Select(row => (row.Name, row.Status)),
            Is.EqualTo(new[] { ("Gone From Server", "migrated"), (OnCloud, "already-exists") }));
    }

    [Test]
    public async Task A_results_file_of_other_columns_is_refused_before_the_sites_by_migrate_resume_and_verify()
    {
        foreach (var args in new[] { new[] { "migrate" }, ["migrate", "--resume"], ["verify"] })
        {
            var output = FolderWithResults(OtherColumns);
            var run = await RunAsync(args[0], output, args[1..]);
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.ErrorLines, Is.EqualTo(new[] { Refusal(output) }), run.ToString());
            Assert.That(Directory.GetFiles(output).Select(Path.GetFileName), Is.EqualTo(new[] { CsvResultsLedger.FileName }), "nothing read, nothing written");
            Assert.That(File.ReadAllText(Results(output)), Is.EqualTo(OtherColumns), "left as it was");
        }
    }

    [Test]
    public async Task Report_refuses_a_results_file_of_other_columns_and_reads_a_BOM_only_one()
    {
        async Task<ChildRun> ReportAsync(string output) =>
            await ChildRun.RunAsync(["report", "--settings", Robot.SettingsFile, "--output", output], Robot.WorkFolder, Robot.ChildEnvironment());
        var other = FolderWithResults(OtherColumns);
        var refused = await ReportAsync(other);
        Assert.That(refused.ExitCode, Is.EqualTo(2), refused.ToString());
        Assert.That(refused.ErrorLines, Is.EqualTo(new[] { Refusal(other) }), refused.ToString());
        Assert.That(refused.PrintedAStackTrace, Is.False, refused.ToString());

        var blank = FolderWithResults("");
        var written = await ReportAsync(blank);
        Assert.That(written.ExitCode, Is.EqualTo(0), written.ToString());
        Assert.That(File.Exists(Path.Combine(blank, "report.html")), Is.True);
    }

    [Test]
    public async Task Merge_reads_BOM_only_and_cut_files_and_refuses_other_columns()
    {
        var row = "run-1,2025-03-04T05:06:07.891Z,A,IMAP,General IMAP4 service,SSL/TLS,h,993,u,migrated,passed,saved,1,10,,,";
        var cut = FolderWithResults($"{Header}\r\n{row}\r\nrun-1,2025-03-04T05:06:08.000Z,B,IM");
        var blank = FolderWithResults("");
        var merged = Robot.NewOutputFolder();
        var run = await ChildRun.RunAsync(["merge", "--output", merged, Results(cut), Results(blank)], Robot.WorkFolder);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(CsvResultsLedger.ReadAll(Results(merged)).Select(r => r.Name), Is.EqualTo(new[] { "A" }));

        var other = FolderWithResults(OtherColumns);
        var refused = await ChildRun.RunAsync(["merge", "--output", Robot.NewOutputFolder(), Results(other)], Robot.WorkFolder);
        Assert.That(refused.ExitCode, Is.EqualTo(2), refused.ToString());
        Assert.That(refused.ErrorLines, Is.EqualTo(new[] { Refusal(other).Replace("robot: ", "robot: merge refused: ", StringComparison.Ordinal) }));
        Assert.That(refused.PrintedAStackTrace, Is.False, refused.ToString());
    }
}
