namespace Robot.Bench.Tests;

public sealed class RobotResultsTests
{
    private const string Header = "run_id,finished_utc,name,server_protocol,service_provider,encryption,host,port,username,status,test_connection,message,attempts,duration_ms,evidence,mail_check,mail_latency_ms";

    [Test]
    public void Reads_names_statuses_and_durations_through_quoted_fields()
    {
        using var folder = new TempFolder();
        var csv = folder.Write("results.csv", "\uFEFF" + Header + "\n" +
            "r1,2026-11-25T14:59:58.305Z,\"Quotes, \"\"Commas\"\"\",IMAP,General IMAP4 service,None,127.0.0.1,1,a@x,migrated,passed,\"saved,\nwith a newline\",1,2026,,,\n" +
            "r1,2026-11-25T14:59:59.305Z,Second,POP3,General POP3 service,None,127.0.0.1,1,a@x,failed,failed,no,3,1500,,,\n");
        var rows = RobotResults.ReadResults(csv);
        Assert.That(rows, Is.EqualTo(new[] { new ResultRow("Quotes, \"Commas\"", "migrated", 2026), new ResultRow("Second", "failed", 1500) }));
    }

    [Test]
    public void A_missing_results_file_has_no_rows() =>
        Assert.That(RobotResults.ReadResults("/nonexistent/results.csv"), Is.Empty);

    [Test]
    public void The_first_Server_page_is_when_step_1_1_was_written()
    {
        using var folder = new TempFolder();
        var log = folder.Write("steps.log",
            "2026-11-25T14:59:33.158Z  1.1  Server: Incoming Mail Connections (INCOMING EMAILS ADMINISTRATION)  '(all)'  7470 ms\n" +
            "2026-11-25T14:59:34.729Z  1.2  Server: three dots → Edit  'Support IMAP'  1484 ms  read (IMAP)\n");
        Assert.That(RobotResults.FirstServerPageUtc(log), Is.EqualTo(new DateTime(2026, 11, 25, 14, 59, 33, 158, DateTimeKind.Utc)));
        Assert.That(RobotResults.FirstServerPageUtc(folder.Write("other.log", "2026-11-25T14:59:34.729Z  2.1  Cloud  'x'  1 ms\n")), Is.Null);
    }
}
