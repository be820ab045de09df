using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.Domain.Fields;
using Robot.Domain.Kinds;

namespace Robot.Domain.Tests.Fields;

/// <summary>
/// The Server's fields beyond the guide's nine (Interval, Folder, After download, the shared-mailbox alias): read off
/// the Edit panel, written where the Cloud's panel shows a field of that label, otherwise named in not_carried
/// unless at their default.
/// </summary>
public class OtherServerFieldsTests
{
    private const string Reason = "not carried: the Cloud has no such field";

    private static FieldList<ServerConnection, CloudConnection> Fields => IncomingMailConnections.Kind.Fields;

    private static ServerConnection Read(string? interval = "5", string? folder = "Support/Tickets", string? afterDownload = "Delete", string? alias = "team@example.test") =>
        new ServerPanelSnapshot(new Dictionary<string, string?>
        {
            ["Name"] = "Helpdesk IMAP", ["Protocol"] = "IMAP", ["Encryption"] = "SSL/TLS", ["Host"] = "mail.test", ["Username"] = "u@test",
            ["Password"] = "pw", ["Port"] = "993", ["Timeout"] = "10000", ["Interval"] = interval, ["Folder"] = folder,
            [IncomingMailFields.AfterDownload] = afterDownload, [IncomingMailFields.SharedMailboxAlias] = alias,
        }).ToConnection();

    /// <summary>The results row after a write whose Cloud panel showed (and took) the fields named.</summary>
    private static string NotCarriedCell(ServerConnection server, params string[] shownOnCloud) =>
        LedgerRow.From("run-1", DateTimeOffset.UnixEpoch, new PlannedConnection(server, Make.Cloud(server), PlanDecision.Create, "not on Cloud"),
            new Outcome(ConnectionStatus.Migrated, Outcome.TestPassed, "", 1, TimeSpan.Zero)
            {
                NotCarried = NotCarried.AfterFill(Fields, server, shownOnCloud),
            }).NotCarried;

    [Test]
    public void Every_other_field_is_read_and_carried_to_the_Cloud_record_by_its_label()
    {
        var server = Read();
        var cloud = Make.Cloud(server);
        Assert.Multiple(() =>
        {
            Assert.That(server.Other("Interval"), Is.EqualTo("5"));
            Assert.That(server.Other("Folder"), Is.EqualTo("Support/Tickets"));
            Assert.That(server.Other(IncomingMailFields.AfterDownload), Is.EqualTo("Delete"));
            Assert.That(server.Other(IncomingMailFields.SharedMailboxAlias), Is.EqualTo("team@example.test"));
            Assert.That(cloud.Others, Is.EqualTo(server.Others), "what the Cloud panel is filled with where it has the field");
        });
    }

    [Test]
    public void A_Cloud_panel_that_shows_only_Folder_leaves_the_others_named_in_not_carried() =>
        Assert.That(NotCarriedCell(Read(), "Folder"), Is.EqualTo(
            $"Interval 5 min {Reason}; After download Delete {Reason}; Shared mailbox alias team@example.test {Reason}"));

    [Test]
    public void A_Cloud_panel_that_shows_none_names_Folder_too() =>
        Assert.That(NotCarriedCell(Read(afterDownload: "Mark as read", alias: null)), Is.EqualTo($"Interval 5 min {Reason}; Folder Support/Tickets {Reason}"));

    [Test]
    public void A_Cloud_panel_that_shows_them_all_carries_everything() =>
        Assert.That(NotCarriedCell(Read(), "Interval", "Folder", IncomingMailFields.AfterDownload, IncomingMailFields.SharedMailboxAlias), Is.Empty);

    [TestCase("1", "", "Mark as read", "")]
    [TestCase("1", "INBOX", "mark as read", null)]
    [TestCase(null, null, null, null)]
    public void Defaults_blanks_and_fields_the_Server_does_not_show_need_no_mention(string? interval, string? folder, string? afterDownload, string? alias) =>
        Assert.That(NotCarriedCell(Read(interval, folder, afterDownload, alias)), Is.Empty);

    [Test]
    public void Nothing_written_names_only_the_fields_no_Cloud_has() =>
        Assert.That(LedgerRow.From("run-1", DateTimeOffset.UnixEpoch, new PlannedConnection(Read(), null, PlanDecision.Invalid, "bad"),
            new Outcome(ConnectionStatus.Invalid, Outcome.TestNotRun, "bad", 0, TimeSpan.Zero)).NotCarried, Is.Empty,
            "every other field may have a place on some Cloud: unwritten, nothing is known of that");

    [Test]
    public void Folder_is_compared_where_the_Cloud_shows_it_and_not_where_it_does_not()
    {
        var wanted = Make.Cloud(Read());
        var differentFolder = wanted with { Others = OtherFields.Of([("Folder", "Other")]) };
        var noFolderShown = wanted with { Others = OtherFields.None };
        Assert.Multiple(() =>
        {
            Assert.That(IncomingMailConnections.Kind.Comparer.Differences(wanted, differentFolder, withIdentity: false).Select(d => d.Field),
                Is.EqualTo(new[] { "Folder" }));
            Assert.That(IncomingMailConnections.Kind.Comparer.Differences(wanted, noFolderShown, withIdentity: false), Is.Empty);
        });
    }

    [Test]
    public void Each_Cloud_key_of_the_other_fields_is_optional_and_named_in_cloud_json()
    {
        var cloud = SelectorCatalog.Load(Path.Combine(RepositoryFolder.Path, "selectors", "cloud.json"));
        Assert.Multiple(() =>
        {
            Assert.That(Fields.OptionalCloudKeys, Is.EquivalentTo(new[] { "panel.interval", "panel.folder", "panel.afterDownload", "panel.sharedMailboxAlias" }));
            Assert.That(Fields.CloudKeys, Is.Not.SupersetOf(Fields.OptionalCloudKeys), "a Cloud without them still runs");
            foreach (var key in Fields.OptionalCloudKeys) Assert.That(cloud.TryGet(key, out _), Is.True, key);
            Assert.That(Fields.OptionalServerKeys, Does.Contain("editPanel.folder").And.Contain("editPanel.afterDownload"));
        });
    }

    [Test]
    public void Reading_the_same_fields_twice_gives_equal_records()
    {
        var first = Read();
        Assert.That(Read(), Is.EqualTo(first).And.Not.EqualTo(Read(folder: "Other")));
    }
}
