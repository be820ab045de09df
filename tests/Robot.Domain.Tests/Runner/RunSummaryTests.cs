using Robot.Runner;

namespace Robot.Domain.Tests.Runner;

public class RunSummaryTests
{
    [TestCase(new[] { ConnectionStatus.Migrated, ConnectionStatus.Updated, ConnectionStatus.AlreadyExists }, 0, RunVerdict.AllDone)]
    [TestCase(new ConnectionStatus[0], 0, RunVerdict.AllDone)]
    [TestCase(new[] { ConnectionStatus.Migrated, ConnectionStatus.TestFailed }, 0, RunVerdict.NeedsAttention)]
    [TestCase(new[] { ConnectionStatus.BlockedOAuth }, 0, RunVerdict.NeedsAttention)]
    [TestCase(new[] { ConnectionStatus.NeedsPassword }, 0, RunVerdict.NeedsAttention)]
    [TestCase(new[] { ConnectionStatus.Invalid }, 0, RunVerdict.NeedsAttention)]
    [TestCase(new[] { ConnectionStatus.Failed }, 0, RunVerdict.NeedsAttention)]
    [TestCase(new[] { ConnectionStatus.Migrated }, 3, RunVerdict.Aborted)]
    [TestCase(new[] { ConnectionStatus.Failed }, 1, RunVerdict.Aborted)]
    public void Verdict_rule(ConnectionStatus[] statuses, int notStarted, RunVerdict verdict) =>
        Assert.That(RunSummary.From(statuses, skippedAsDone: 0, notStarted).Verdict, Is.EqualTo(verdict));

    [Test]
    public void A_changed_ui_outranks_a_stop() =>
        Assert.That(RunSummary.From([ConnectionStatus.Failed], 0, 2, stoppedBy: "the Save button is gone").Verdict, Is.EqualTo(RunVerdict.StoppedByChangedUi));

    [Test]
    public void Counts_hold_every_status() =>
        Assert.That(RunSummary.From([], 0, 0).Counts.Keys, Is.EquivalentTo(Enum.GetValues<ConnectionStatus>()));
}
