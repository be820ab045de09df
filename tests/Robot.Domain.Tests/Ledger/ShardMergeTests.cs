using Robot.Adapters.Ledger;

namespace Robot.Domain.Tests.Ledger;

public class ShardMergeTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 2, 12, 0, 0, TimeSpan.Zero);

    private static LedgerRow Row(string name, string status, int minute, string runId = "run-1") =>
        new(runId, Noon.AddMinutes(minute), name, "IMAP", "General IMAP4 service", "SSL/TLS", "mail.example.test", "993",
            "user@example.test", status, "passed", "saved", 1, 100, "");

    [Test]
    public void The_latest_row_of_each_connection_wins_whatever_file_it_is_in()
    {
        var first = new[] { Row("A", "failed", 1), Row("B", "migrated", 2) };
        var second = new[] { Row("a", "migrated", 3, "run-2"), Row("C", "migrated", 0, "run-2") };
        var merged = ShardResults.Merge([first, second]);
        Assert.That(merged.Select(r => (r.Name, r.Status)), Is.EqualTo(new[] { ("C", "migrated"), ("B", "migrated"), ("a", "migrated") }));
    }

    [Test]
    public void Of_rows_finished_at_the_same_time_the_later_file_wins()
    {
        var merged = ShardResults.Merge([[Row("A", "failed", 1)], [Row("A", "migrated", 1)]]);
        Assert.That(merged.Single().Status, Is.EqualTo("migrated"));
    }

    [Test]
    public void Files_are_joined_into_one_results_file_with_the_ledger_header()
    {
        using var folder = new TempFolder();
        var one = folder.File("one/results.csv");
        var two = folder.File("two/results.csv");
        using (var ledger = new CsvResultsLedger(one)) ledger.Append(Row("A", "migrated", 1), []);
        using (var ledger = new CsvResultsLedger(two)) ledger.Append(Row("B", "test-failed", 2), []);
        var output = folder.File("merged/results.csv");

        var rows = ResultsFileMerger.Merge([one, two], output);

        Assert.That(rows.Select(r => r.Name), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(CsvResultsLedger.ReadAll(output), Is.EqualTo(rows));
        Assert.That(File.ReadLines(output).First().TrimStart('\uFEFF'), Does.StartWith("run_id,finished_utc,name,"));
    }

    [Test]
    public void A_file_of_another_kind_is_refused_by_name()
    {
        using var folder = new TempFolder();
        var results = folder.File("one/results.csv");
        using (var ledger = new CsvResultsLedger(results)) ledger.Append(Row("A", "migrated", 1), []);
        var plan = folder.File("one/plan.csv");
        File.WriteAllText(plan, "name,decision,reason\r\nA,create,new\r\n");
        var output = folder.File("merged/results.csv");

        var error = Assert.Throws<InvalidDataException>(() => ResultsFileMerger.Merge([results, plan], output));
        Assert.That(error!.Message, Does.Contain(plan).And.Contain("not a results file"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void An_existing_output_that_is_not_merged_is_not_overwritten()
    {
        using var folder = new TempFolder();
        var one = folder.File("one/results.csv");
        using (var ledger = new CsvResultsLedger(one)) ledger.Append(Row("A", "migrated", 1), []);
        var output = folder.File("merged/results.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, "keep");

        Assert.Throws<InvalidDataException>(() => ResultsFileMerger.Merge([one], output));
        Assert.That(File.ReadAllText(output), Is.EqualTo("keep"));
    }
}
