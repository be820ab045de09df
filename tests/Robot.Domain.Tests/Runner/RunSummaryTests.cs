using Robot.Runner;

namespace Robot.Domain.Tests.Runner;

public class RunSummaryTests
{
    [TestCase(new[] { ConnectionStatus.Migrated, ConnectionStatus.Updated, ConnectionStatus.AlreadyExists }, 0, 0)]
    [TestCase(new ConnectionStatus[0], 0, 0)]
    [TestCase(new[] { ConnectionStatus.Migrated, ConnectionStatus.TestFailed }, 0, 1)]
    [TestCase(new[] { ConnectionStatus.BlockedOAuth }, 0, 1)]
    [TestCase(new[] { ConnectionStatus.NeedsPassword }, 0, 1)]
    [TestCase(new[] { ConnectionStatus.Invalid }, 0, 1)]
    [TestCase(new[] { ConnectionStatus.Failed }, 0, 1)]
    [TestCase(new[] { ConnectionStatus.Migrated }, 3, 3)]
    [TestCase(new[] { ConnectionStatus.Failed }, 1, 3)]
    public void Exit_code_rule(ConnectionStatus[] statuses, int notStarted, int exitCode) =>
        Assert.That(RunSummary.From(statuses, skippedAsDone: 0, notStarted).ExitCode, Is.EqualTo(exitCode));

    [Test]
    public void Counts_hold_every_status() =>
        Assert.That(RunSummary.From([], 0, 0).Counts.Keys, Is.EquivalentTo(Enum.GetValues<ConnectionStatus>()));
}
