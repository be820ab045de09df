using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Domain.Tests.Runner;

/// <summary>A saved session that expires mid-run: the connection in hand gets its row, no new one starts, the run exits 3.</summary>
public class SessionExpiryRunnerTests
{
    private const string Advice = "the Cloud session saved on 2026-11-30 16:05 UTC has expired: run `robot login --site cloud` again";

    [Test]
    public async Task The_connection_in_hand_is_recorded_once_not_retried_and_no_other_starts()
    {
        var cloud = new FakeCloud();
        var ledger = new MemoryLedger();
        var writes = 0;
        cloud.Behaviour = _ => ++writes == 1 ? Task.FromResult(new CloudWriteResult(true, "Connection successful", true, "saved")) : throw new SessionExpiredException(Advice);
        var runner = new MigrationRunner(new RunnerOptions { Workers = 1, RetryCount = 3, RetryBaseDelay = TimeSpan.Zero, RunId = "run-1" }, cloud.Factory, ledger);
        var result = await runner.RunAsync(new[] { "A", "B", "C", "D" }.Select(Planned).ToList());
        Assert.Multiple(() =>
        {
            Assert.That(ledger.Rows.Select(row => (row.Name, row.Status)), Is.EqualTo(new[] { ("A", "migrated"), ("B", "failed") }));
            Assert.That((ledger.RowOf("B").Message, ledger.RowOf("B").Attempts), Is.EqualTo((Advice, 1)), "not retried: only a person can log in again");
            Assert.That(result.Summary.SessionExpired, Is.EqualTo(Advice));
            Assert.That(result.Summary.NotStarted, Is.EqualTo(2));
            Assert.That(result.Verdict, Is.EqualTo(RunVerdict.Aborted));
        });
    }

    [Test]
    public void Expiry_on_the_last_connection_still_exits_3_so_the_resume_is_not_forgotten() =>
        Assert.That(RunSummary.From([ConnectionStatus.Failed], skippedAsDone: 0, notStarted: 0, sessionExpired: Advice).Verdict,
            Is.EqualTo(RunVerdict.Aborted));

    private static PlannedConnection Planned(string name)
    {
        var server = Make.Server(name: name);
        return new PlannedConnection(server, Make.Cloud(server), PlanDecision.Create, "not on Cloud");
    }
}
