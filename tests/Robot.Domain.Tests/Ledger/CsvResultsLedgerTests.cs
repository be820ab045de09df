using Robot.Adapters.Ledger;

namespace Robot.Domain.Tests.Ledger;

public class CsvResultsLedgerTests
{
    private TempFolder folder = null!;
    private string path = null!;

    [SetUp]
    public void SetUp()
    {
        folder = new TempFolder();
        path = folder.File(Path.Combine("out", CsvResultsLedger.FileName));
    }

    [TearDown]
    public void TearDown() => folder.Dispose();

    private static LedgerRow Row(string name = "Support IMAP", string message = "saved", string status = "migrated", string runId = "run-1") =>
        new(runId, new DateTimeOffset(2025, 3, 4, 5, 6, 7, 891, TimeSpan.Zero), name, "IMAP", "General IMAP4 service", "SSL/TLS",
            "mail.example.test", "993", "support@example.test", status, "passed", message, 2, 1234, "evidence/support.png");

    private void Append(params LedgerRow[] rows)
    {
        using var ledger = new CsvResultsLedger(path);
        foreach (var row in rows) ledger.Append(row, [Secret.Of(Make.Password)]);
    }

    [Test]
    public void Header_has_exactly_the_documented_columns()
    {
        Append(Row());
        Assert.That(File.ReadLines(path).First().TrimStart('\uFEFF'), Is.EqualTo(
            "run_id,finished_utc,name,server_protocol,service_provider,encryption,host,port,username,status,test_connection,message,attempts,duration_ms,evidence,mail_check,mail_latency_ms,not_carried,cloud_state"));
    }

    [Test]
    public void Rows_read_back_equal_to_what_was_written()
    {
        var rows = new[] { Row("A"), Row("B", status: "test-failed") };
        Append(rows);
        Assert.That(CsvResultsLedger.ReadAll(path), Is.EqualTo(rows));
    }

    [Test]
    public void A_file_from_before_the_mail_check_columns_still_reads_and_takes_new_rows()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "\uFEFFrun_id,finished_utc,name,server_protocol,service_provider,encryption,host,port,username,status,test_connection,message,attempts,duration_ms,evidence\r\n" +
            "run-0,2025-03-04T05:06:07.891Z,Old,IMAP,General IMAP4 service,SSL/TLS,h,993,u,migrated,passed,saved,1,10,\r\n");
        Append(Row("A") with { MailCheck = "delivered", MailLatencyMs = "412" });
        var rows = CsvResultsLedger.ReadAll(path);
        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Name), Is.EqualTo(new[] { "Old", "A" }));
            Assert.That(rows[0].MailCheck, Is.Empty);
            Assert.That(LedgerHistory.DoneNames(rows), Does.Contain("Old"));
        });
    }

    [Test]
    public void Mail_check_columns_read_back()
    {
        var row = Row("A") with { MailCheck = "not-delivered", MailLatencyMs = "" };
        Append(row);
        Assert.That(CsvResultsLedger.ReadAll(path), Is.EqualTo(new[] { row }));
    }

    [Test]
    public void A_second_run_appends_without_a_second_header()
    {
        Append(Row("A", runId: "run-1"));
        Append(Row("A", runId: "run-2"));
        var text = File.ReadAllText(path);
        Assert.Multiple(() =>
        {
            Assert.That(text.Split("run_id,").Length - 1, Is.EqualTo(1));
            Assert.That(CsvResultsLedger.ReadAll(path).Select(row => row.RunId), Is.EqualTo(new[] { "run-1", "run-2" }));
        });
    }

    [Test]
    public void Each_row_is_on_disk_before_the_ledger_is_closed()
    {
        using var ledger = new CsvResultsLedger(path);
        ledger.Append(Row("A"), []);
        Assert.That(CsvResultsLedger.ReadAll(path).Select(row => row.Name), Is.EqualTo(new[] { "A" }));
    }

    [TestCaseSource(typeof(HostileText), nameof(HostileText.Values))]
    public void Hostile_values_round_trip_in_every_text_column(string value)
    {
        var row = Row() with
        {
            Name = value, ServerProtocol = value, Host = value, Port = value, Username = value, Message = value, Evidence = value,
        };
        Append(row);
        Assert.That(CsvResultsLedger.ReadAll(path).Single(), Is.EqualTo(row));
    }

    [Test]
    public void All_hostile_values_together_keep_one_row_each()
    {
        var rows = HostileText.Values.Select((value, i) => Row(name: $"{i}:{value}", message: value)).ToArray();
        Append(rows);
        Assert.That(CsvResultsLedger.ReadAll(path), Is.EqualTo(rows));
    }

    [Test]
    public void Password_in_any_text_is_masked_and_never_reaches_the_file()
    {
        Append(Row(message: $"login failed for {Make.Password}") with { Username = Make.Password, Evidence = $"shot-{Make.Password}.png" });
        var text = File.ReadAllText(path);
        var row = CsvResultsLedger.ReadAll(path).Single();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(Make.Password));
            Assert.That(row.Message, Is.EqualTo("login failed for ***"));
            Assert.That(row.Evidence, Is.EqualTo("shot-***.png"));
        });
    }

    [Test]
    public void Many_workers_appending_at_once_give_whole_rows()
    {
        using (var ledger = new CsvResultsLedger(path))
        {
            Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 },
                i => ledger.Append(Row($"Connection {i}", message: $"line one\nline \"two\" of {i}"), []));
        }
        var rows = CsvResultsLedger.ReadAll(path);
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(400));
            Assert.That(rows.Select(row => row.Name).Distinct().Count(), Is.EqualTo(400));
            Assert.That(rows.All(row => row.Message == $"line one\nline \"two\" of {row.Name["Connection ".Length..]}"), Is.True);
        });
    }

    [Test]
    public void A_file_without_a_final_line_break_gets_one_before_the_next_row()
    {
        Append(Row("A"));
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd('\r', '\n'), new System.Text.UTF8Encoding(false));
        Append(Row("B"));
        Assert.That(CsvResultsLedger.ReadAll(path).Select(row => row.Name), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Missing_file_reads_as_no_rows() =>
        Assert.That(CsvResultsLedger.ReadAll(folder.File("nothing.csv")), Is.Empty);

    [Test]
    public void A_file_with_other_columns_is_refused()
    {
        var other = folder.Write("other.csv", "a,b\n1,2\n");
        var error = Assert.Throws<InvalidDataException>(() => new CsvResultsLedger(other).Dispose());
        Assert.That(error!.Message, Does.Contain(other).And.Contain("a,b"));
    }

    [Test]
    public void A_damaged_row_is_reported_with_its_file_and_row()
    {
        Append(Row("A"));
        File.AppendAllText(path, "run-2,not-a-date,B,IMAP,,,,,,failed,,,x,y,\r\n");
        var error = Assert.Throws<InvalidDataException>(() => CsvResultsLedger.ReadAll(path));
        Assert.That(error!.Message, Does.Contain(path).And.Contain("row 3"));
    }
}
