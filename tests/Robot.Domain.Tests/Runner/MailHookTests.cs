using Robot.Runner;

namespace Robot.Domain.Tests.Runner;

/// <summary>The runner's mail hooks: a refusal before the write is recorded and nothing is written; the test email's answer lands in the row.</summary>
public class MailHookTests
{
    private static PlannedConnection Planned(string name)
    {
        var server = Make.Server(name: name);
        return new PlannedConnection(server, Make.Cloud(server), PlanDecision.Create, "not on Cloud");
    }

    [Test]
    public async Task A_refusal_before_the_write_is_recorded_and_nothing_is_written()
    {
        var cloud = new FakeCloud();
        var ledger = new MemoryLedger();
        var options = new RunnerOptions
        {
            RunId = "run-1",
            BeforeWrite = (planned, _) => Task.FromResult<Outcome?>(planned.Name == "A"
                ? new Outcome(ConnectionStatus.TestFailed, "preflight-failed", "preflight authentication: no", 0, TimeSpan.Zero)
                : null),
        };
        await new MigrationRunner(options, cloud.Factory, ledger).RunAsync([Planned("A"), Planned("B")]);
        Assert.Multiple(() =>
        {
            Assert.That(ledger.RowOf("A").Status, Is.EqualTo("test-failed"));
            Assert.That(ledger.RowOf("A").TestConnection, Is.EqualTo("preflight-failed"));
            Assert.That(ledger.RowOf("A").Message, Does.Contain("authentication"));
            Assert.That(ledger.RowOf("B").Status, Is.EqualTo("migrated"));
            Assert.That(cloud.Names, Is.EqualTo(new[] { "B" }));
        });
    }

    [Test]
    public async Task The_test_email_after_a_save_is_recorded_with_its_latency()
    {
        var cloud = new FakeCloud();
        var ledger = new MemoryLedger();
        var options = new RunnerOptions
        {
            RunId = "run-1",
            AfterSave = (_, outcome, _) => Task.FromResult(outcome with { MailCheck = "delivered", MailLatencyMs = 412 }),
        };
        await new MigrationRunner(options, cloud.Factory, ledger).RunAsync([Planned("A")]);
        Assert.Multiple(() =>
        {
            Assert.That(ledger.RowOf("A").MailCheck, Is.EqualTo("delivered"));
            Assert.That(ledger.RowOf("A").MailLatencyMs, Is.EqualTo("412"));
        });
    }

    [Test]
    public async Task A_failing_test_email_does_not_fail_the_saved_connection()
    {
        var cloud = new FakeCloud();
        var ledger = new MemoryLedger();
        var options = new RunnerOptions
        {
            RunId = "run-1",
            AfterSave = (_, _, _) => throw new InvalidOperationException("relay gone"),
        };
        await new MigrationRunner(options, cloud.Factory, ledger).RunAsync([Planned("A")]);
        Assert.Multiple(() =>
        {
            Assert.That(ledger.RowOf("A").Status, Is.EqualTo("migrated"));
            Assert.That(ledger.RowOf("A").Message, Does.Contain("relay gone"));
        });
    }
}
