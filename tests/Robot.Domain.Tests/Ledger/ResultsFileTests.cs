using System.Text;
using Robot.Adapters.Ledger;

namespace Robot.Domain.Tests.Ledger;

/// <summary>results.csv as a user's folder may hold it: empty, only a BOM, cut mid-row, of other columns, damaged.</summary>
public class ResultsFileTests : ResultsFileFolder
{
    private const string Header = "run_id,finished_utc,name,server_protocol,service_provider,encryption,host,port,username,status,test_connection,message,attempts,duration_ms,evidence,mail_check,mail_latency_ms";
    private const string Written = Header + ",not_carried,cloud_state";
    private const string Done = "run-1,2025-03-04T05:06:07.891Z,Done,IMAP,General IMAP4 service,SSL/TLS,h,993,u,migrated,passed,saved,1,10,,,";

    private static LedgerRow Row(string name) =>
        new("run-2", new DateTimeOffset(2025, 3, 4, 5, 6, 7, 891, TimeSpan.Zero), name, "IMAP", "General IMAP4 service", "SSL/TLS",
            "mail.example.test", "993", "u", "migrated", "passed", "saved", 1, 10, "");

    private void WriteBytes(string text, bool bom = true) =>
        File.WriteAllBytes(ResultsPath, [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);

    [TestCase("", false)]
    [TestCase("", true)]
    [TestCase("\r\n  \n", true)]
    public void A_blank_file_has_no_rows_and_takes_a_header_with_the_first_row(string text, bool bom)
    {
        WriteBytes(text, bom);
        Assert.That(CsvResultsLedger.ReadAll(ResultsPath), Is.Empty);
        using (var ledger = new CsvResultsLedger(ResultsPath)) ledger.Append(Row("A"), []);
        Assert.That(File.ReadAllLines(ResultsPath).Select(line => line.TrimStart('\uFEFF')).First(), Is.EqualTo(Written));
        Assert.That(CsvResultsLedger.ReadAll(ResultsPath).Select(row => row.Name), Is.EqualTo(new[] { "A" }));
    }

    [Test]
    public void A_ledger_that_records_nothing_writes_no_file()
    {
        using (new CsvResultsLedger(ResultsPath)) { }
        Assert.That(File.Exists(ResultsPath), Is.False);
    }

    [TestCase(20)]
    [TestCase(80)]
    [TestCase(110)]
    public void A_last_row_cut_short_is_left_out_and_dropped_by_the_next_row(int keep)
    {
        var cut = "run-1,2025-03-04T05:06:07.891Z,\"Cut, with \"\"quotes\"\"\nand a line\",IMAP,General IMAP4 service,SSL/TLS,h,993,u,migrated,passed,saved,1,10,,,";
        WriteBytes($"{Header}\r\n{Done}\r\n{cut[..Math.Min(keep, cut.Length - 3)]}");
        using (var ledger = new CsvResultsLedger(ResultsPath))
        {
            Assert.That(ledger.CutRowLeftOut, Is.True);
            Assert.That(ledger.Earlier.Select(row => row.Name), Is.EqualTo(new[] { "Done" }));
            ledger.Append(Row("A"), []);
        }
        Assert.That(CsvResultsLedger.ReadAll(ResultsPath).Select(row => row.Name), Is.EqualTo(new[] { "Done", "A" }));
        Assert.That(File.ReadAllText(ResultsPath), Does.Not.Contain("Cut"));
    }

    [Test]
    public void A_file_of_other_columns_is_refused_in_one_sentence_naming_it_and_what_to_do()
    {
        WriteBytes("name,status\r\nX,migrated\r\n");
        var before = File.ReadAllBytes(ResultsPath);
        var read = Assert.Throws<InvalidDataException>(() => CsvResultsLedger.ReadAll(ResultsPath))!;
        var opened = Assert.Throws<InvalidDataException>(() => new CsvResultsLedger(ResultsPath))!;
        Assert.That(read.Message, Is.EqualTo(opened.Message));
        Assert.That(read.Message, Is.EqualTo($"{ResultsPath} is not a results file this robot can read (its columns are [name,status], " +
            "a results file's start with run_id,finished_utc,name): move it aside or choose another output folder (--output)"));
        Assert.That(File.ReadAllBytes(ResultsPath), Is.EqualTo(before), "a refused file is left as it was");
    }

    [Test]
    public void A_damaged_row_before_the_last_is_refused_naming_the_row_and_the_value()
    {
        WriteBytes($"{Header}\r\n{Done.Replace(",1,10,", ",x,10,", StringComparison.Ordinal)}\r\n{Done}\r\n");
        var error = Assert.Throws<InvalidDataException>(() => CsvResultsLedger.ReadAll(ResultsPath))!;
        Assert.That(error.Message, Is.EqualTo($"{ResultsPath}: row 2 is damaged (attempts is 'x'): repair or delete it, or " +
            "move it aside or choose another output folder (--output)"));
    }

    [Test]
    public void A_file_from_before_the_mail_check_takes_the_current_header_with_its_next_row()
    {
        WriteBytes($"{string.Join(',', Header.Split(',')[..15])}\r\n{Done[..^2]}\r\n");
        using (var ledger = new CsvResultsLedger(ResultsPath)) ledger.Append(Row("A"), []);
        Assert.That(File.ReadAllLines(ResultsPath)[0].TrimStart('\uFEFF'), Is.EqualTo(Written));
        Assert.That(CsvResultsLedger.ReadAll(ResultsPath).Select(row => row.Name), Is.EqualTo(new[] { "Done", "A" }));
    }
}
