namespace Robot.Domain.Tests;

public class ConnectionStatusTests
{
    [Test]
    public void Wire_words_are_exactly_the_documented_vocabulary() =>
        Assert.That(Enum.GetValues<ConnectionStatus>().Select(status => status.ToWire()), Is.EqualTo(new[]
        {
            "migrated", "updated", "already-exists", "test-failed", "blocked-oauth", "needs-password", "needs-secret", "invalid", "failed",
        }));

    [Test]
    public void Wire_words_parse_back() =>
        Assert.That(Enum.GetValues<ConnectionStatus>().Select(status =>
            ConnectionStatusWire.TryParse(status.ToWire(), out var parsed) ? parsed : (ConnectionStatus?)null),
            Is.EqualTo(Enum.GetValues<ConnectionStatus>().Cast<ConnectionStatus?>()));

    [Test]
    public void Unknown_word_does_not_parse() =>
        Assert.That(ConnectionStatusWire.TryParse("done", out _), Is.False);

    [Test]
    public void Only_migrated_updated_and_already_exists_are_done() =>
        Assert.That(Enum.GetValues<ConnectionStatus>().Where(status => status.IsDone()),
            Is.EquivalentTo(new[] { ConnectionStatus.Migrated, ConnectionStatus.Updated, ConnectionStatus.AlreadyExists }));

    [Test]
    public void Plan_decision_wire_words() =>
        Assert.That(Enum.GetValues<PlanDecision>().Select(decision => decision.ToWire()), Is.EqualTo(new[]
        {
            "create", "update", "already-exists", "blocked-oauth", "needs-password", "needs-secret", "invalid", "failed",
        }));

    [Test]
    public void Latest_row_decides_what_a_resume_skips()
    {
        LedgerRow Row(string name, string status) =>
            new("r", DateTimeOffset.UnixEpoch, name, "", "", "", "", "", "", status, "", "", 1, 0, "");
        var done = LedgerHistory.DoneNames([
            Row("A", "migrated"), Row("B", "failed"), Row("C", "migrated"), Row("c", "test-failed"),
            Row("D", "failed"), Row("D", "already-exists"), Row("E", "updated"),
        ]);
        Assert.That(done, Is.EquivalentTo(new[] { "A", "D", "E" }));
    }
}
