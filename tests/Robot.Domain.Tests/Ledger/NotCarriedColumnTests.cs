using System.Text;
using Robot.Adapters.Ledger;

namespace Robot.Domain.Tests.Ledger;

/// <summary>results.csv's not_carried column: written, read back, and absent from files written before it.</summary>
public class NotCarriedColumnTests : ResultsFileFolder
{
    private const string BeforeNotCarried = "run_id,finished_utc,name,server_protocol,service_provider,encryption,host,port,username,status,test_connection,message,attempts,duration_ms,evidence,mail_check,mail_latency_ms";

    private static LedgerRow Row(string name, string notCarried = "") =>
        new("run-2", new DateTimeOffset(2025, 3, 4, 5, 6, 7, 891, TimeSpan.Zero), name, "IMAP", "General IMAP4 service", "SSL/TLS",
            "mail.example.test", "993", "u", "migrated", "passed", "saved", 1, 10, "", NotCarried: notCarried);

    [Test]
    public void The_sentences_are_written_after_the_mail_check_and_read_back()
    {
        var row = Row("A", "Interval 5 min not carried: the Cloud has no such field");
        using (var ledger = new CsvResultsLedger(ResultsPath)) ledger.Append(row, []);
        Assert.That(File.ReadLines(ResultsPath).First().TrimStart('\uFEFF'), Does.EndWith(",mail_latency_ms,not_carried,cloud_state"));
        Assert.That(CsvResultsLedger.ReadAll(ResultsPath), Is.EqualTo(new[] { row }));
    }

    [Test]
    public void A_file_from_before_not_carried_is_read_and_takes_the_current_header_with_its_next_row()
    {
        File.WriteAllText(ResultsPath, $"{BeforeNotCarried}\r\nrun-1,2025-03-04T05:06:07.891Z,Done,IMAP,General IMAP4 service,SSL/TLS,h,993,u,migrated,passed,saved,1,10,,,\r\n",
            new UTF8Encoding(true));
        using (var ledger = new CsvResultsLedger(ResultsPath))
        {
            Assert.That(ledger.Earlier.Single().NotCarried, Is.Empty);
            ledger.Append(Row("A", "Interval 5 min not carried: the Cloud has no such field"), []);
        }
        Assert.That(File.ReadLines(ResultsPath).First().TrimStart('\uFEFF'), Is.EqualTo(BeforeNotCarried + ",not_carried,cloud_state"));
        Assert.That(CsvResultsLedger.ReadAll(ResultsPath).Select(row => (row.Name, row.NotCarried)),
            Is.EqualTo(new[] { ("Done", ""), ("A", "Interval 5 min not carried: the Cloud has no such field") }));
    }

    [Test]
    public void A_planned_connection_without_fields_the_Cloud_lacks_has_nothing_not_carried()
    {
        var server = Make.Server();
        var row = LedgerRow.From("run-1", DateTimeOffset.UnixEpoch, new PlannedConnection(server, Make.Cloud(server), PlanDecision.Create, "not on Cloud"),
            new Outcome(ConnectionStatus.Migrated, Outcome.TestPassed, "", 1, TimeSpan.Zero));
        Assert.That(row.NotCarried, Is.Empty);
    }
}
