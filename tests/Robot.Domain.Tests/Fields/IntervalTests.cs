using Robot.Adapters.Browser;
using Robot.Domain.Kinds;

namespace Robot.Domain.Tests.Fields;

/// <summary>The Server's Interval: read off the Edit panel, never written (the Cloud has no such field), reported when not the default.</summary>
public class IntervalTests
{
    private static ServerConnection Read(string? interval) => new ServerPanelSnapshot(new Dictionary<string, string?>
    {
        ["Name"] = "Helpdesk IMAP", ["Protocol"] = "IMAP", ["Encryption"] = "SSL/TLS", ["Host"] = "mail.test", ["Username"] = "u@test",
        ["Password"] = "pw", ["Port"] = "993", ["Timeout"] = "10000", ["Interval"] = interval,
    }).ToConnection();

    private static string NotCarriedCell(ServerConnection server) =>
        LedgerRow.From("run-1", DateTimeOffset.UnixEpoch, new PlannedConnection(server, Make.Cloud(server), PlanDecision.Create, "not on Cloud"),
            new Outcome(ConnectionStatus.Migrated, Outcome.TestPassed, "", 1, TimeSpan.Zero)).NotCarried;

    [Test]
    public void An_Interval_other_than_the_default_is_in_the_results_row_as_not_carried()
    {
        var server = Read("5");
        Assert.Multiple(() =>
        {
            Assert.That(server.Other("Interval"), Is.EqualTo("5"));
            Assert.That(NotCarriedCell(server), Is.EqualTo("Interval 5 min not carried: the Cloud has no such field"));
            Assert.That(IncomingMailConnections.Kind.Fields.OptionalServerKeys, Does.Contain("editPanel.interval"), "a Server may not show it");
            Assert.That(IncomingMailConnections.Kind.Fields.CloudKeys, Does.Not.Contain("panel.interval"), "never written to the Cloud");
        });
    }

    [TestCase("1")]
    [TestCase("")]
    [TestCase(null)]
    public void The_default_a_blank_or_a_panel_without_Interval_needs_no_mention(string? interval) =>
        Assert.That(NotCarriedCell(Read(interval)), Is.Empty);

    [Test]
    public void Reading_the_same_Interval_twice_gives_equal_records()
    {
        var first = Read("5");
        Assert.That(Read("5"), Is.EqualTo(first).And.Not.EqualTo(Read("6")));
    }
}
