using System.Text;
using Robot.Adapters.Ledger;

namespace Robot.Domain.Tests.Ledger;

/// <summary>results.csv's cloud_state column: the state after this run's write, else the one the list showed at the start.</summary>
public class CloudStateColumnTests : ResultsFileFolder
{
    private const string BeforeCloudState =
        "run_id,finished_utc,name,server_protocol,service_provider,encryption,host,port,username,status,test_connection,message,attempts,duration_ms,evidence,mail_check,mail_latency_ms,not_carried";

    private static LedgerRow Row(PlannedConnection planned, CloudState? afterWrite) =>
        LedgerRow.From("run-1", DateTimeOffset.UnixEpoch, planned,
            new Outcome(ConnectionStatus.Migrated, Outcome.TestPassed, "", 1, TimeSpan.Zero) { CloudState = afterWrite });

    [Test]
    public void A_written_row_has_the_state_read_after_the_write_and_an_untouched_one_the_state_it_had()
    {
        var server = Make.Server();
        var planned = new PlannedConnection(server, Make.Cloud(server), PlanDecision.AlreadyExists, "already on Cloud") { CloudState = CloudState.Enabled };
        Assert.Multiple(() =>
        {
            Assert.That(Row(planned, CloudState.Disabled).CloudState, Is.EqualTo("disabled"));
            Assert.That(Row(planned, CloudState.NeedsCorrection).CloudState, Is.EqualTo("needs correction"));
            Assert.That(Row(planned, null).CloudState, Is.EqualTo("enabled"));
            Assert.That(Row(planned with { CloudState = CloudState.Unknown }, null).CloudState, Is.Empty, "not on Cloud");
        });
    }

    [Test]
    public void The_words_read_back_as_the_states()
    {
        foreach (var state in Enum.GetValues<CloudState>())
            Assert.That(CloudStates.FromWire(state.ToWire()), Is.EqualTo(state));
    }

    [Test]
    public void The_state_is_the_last_column_and_reads_back()
    {
        var server = Make.Server();
        var row = Row(new PlannedConnection(server, Make.Cloud(server), PlanDecision.Create, "not on Cloud"), CloudState.Disabled);
        using (var ledger = new CsvResultsLedger(ResultsPath)) ledger.Append(row, []);
        Assert.That(File.ReadLines(ResultsPath).First().TrimStart('\uFEFF'), Does.EndWith(",not_carried,cloud_state"));
        Assert.That(CsvResultsLedger.ReadAll(ResultsPath).Single().CloudState, Is.EqualTo("disabled"));
    }

    [Test]
    public void A_file_from_before_cloud_state_is_read_and_extended()
    {
        File.WriteAllText(ResultsPath, $"{BeforeCloudState}\r\nrun-1,2025-03-04T05:06:07.891Z,Done,IMAP,General IMAP4 service,SSL/TLS,h,993,u,migrated,passed,saved,1,10,,,,\r\n",
            new UTF8Encoding(true));
        var server = Make.Server();
        using (var ledger = new CsvResultsLedger(ResultsPath))
        {
            Assert.That(ledger.Earlier.Single().CloudState, Is.Empty);
            ledger.Append(Row(new PlannedConnection(server, Make.Cloud(server), PlanDecision.Create, "not on Cloud"), CloudState.Enabled), []);
        }
        Assert.That(CsvResultsLedger.ReadAll(ResultsPath).Select(row => row.CloudState), Is.EqualTo(new[] { "", "enabled" }));
    }
}
