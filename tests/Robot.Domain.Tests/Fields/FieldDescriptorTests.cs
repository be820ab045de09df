using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.Domain.Fields;
using Robot.Domain.Kinds;

namespace Robot.Domain.Tests.Fields;

/// <summary>The one description of an Incoming Mail Connection's fields, and what it drives.</summary>
public class FieldDescriptorTests
{
    private static FieldList<ServerConnection, CloudConnection> Fields => IncomingMailConnections.Kind.Fields;

    private static string Selectors(string file) => Path.Combine(RepositoryFolder.Path, "selectors", file);

    [Test]
    public void Every_selector_key_of_a_field_is_in_the_shipped_selector_files()
    {
        var server = SelectorCatalog.Load(Selectors("server.json"));
        var cloud = SelectorCatalog.Load(Selectors("cloud.json"));
        Assert.Multiple(() =>
        {
            foreach (var key in Fields.RequiredServerKeys.Concat(Fields.OptionalServerKeys))
                Assert.That(server.TryGet(key, out _), Is.True, $"server.json {key}");
            foreach (var key in Fields.CloudKeys)
                Assert.That(cloud.TryGet(key, out _), Is.True, $"cloud.json {key}");
        });
    }

    [Test]
    public void Every_field_is_named_once_on_each_site_and_a_Cloud_field_has_its_Cloud_name()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Fields.All.Select(f => f.ServerName), Is.Unique);
            Assert.That(Fields.All.Where(f => f.CloudName is not null).Select(f => f.CloudName), Is.Unique);
            Assert.That(Fields.OnCloud.Where(f => f.CloudName is null), Is.Empty);
            Assert.That(Fields.All.Count(f => f.Identity), Is.EqualTo(1), "one name");
            Assert.That(Fields.All.Count(f => f.DecidesShownFields), Is.EqualTo(1), "one field filled first");
            Assert.That(Fields.All.Where(f => f.Control == FieldControl.Secret && f.Comparison != FieldComparison.None), Is.Empty,
                "a secret is never compared by the comparer: its value would be in the difference");
        });
    }

    [Test]
    public void Plan_and_verify_share_one_comparer_that_trims_ignores_case_where_the_Cloud_may_recase_and_leaves_out_the_name_for_the_plan()
    {
        var wanted = Make.Cloud(Make.Server());
        var actual = wanted with
        {
            Name = wanted.Name.ToUpperInvariant(), Host = " " + wanted.Host.ToUpperInvariant() + " ", ServiceProvider = wanted.ServiceProvider.ToLowerInvariant(),
            Username = wanted.Username.ToUpperInvariant(), Port = 1993, Password = Secret.Of("other"),
        };
        var comparer = IncomingMailConnections.Kind.Comparer;
        Assert.Multiple(() =>
        {
            Assert.That(comparer.Differences(wanted, actual, withIdentity: false).Select(d => d.Field), Is.EqualTo(new[] { "Username", "Port" }));
            Assert.That(comparer.Differences(wanted, actual, withIdentity: true).Select(d => d.Field), Is.EqualTo(new[] { "Name", "Username", "Port" }));
            Assert.That(comparer.Differences(wanted, actual, withIdentity: true).Single(d => d.Field == "Port"), Is.EqualTo(new FieldDifference("Port", "993", "1993")));
        });
    }

    [Test]
    public void A_Server_panel_read_by_label_gives_the_connection_and_a_Cloud_panel_read_by_label_gives_the_Cloud_record()
    {
        var snapshot = new ServerPanelSnapshot("Support IMAP", "inbox", "IMAP", "SSL/TLS", "mail.test", "u@test", "", "993", "10000", null);
        Assert.That(snapshot.ToConnection(), Is.EqualTo(new ServerConnection("Support IMAP", "inbox", "IMAP", "SSL/TLS", "mail.test", "u@test", null, "993", "10000", "")));

        var cloud = IncomingMailConnections.Kind.CloudRecord(new Dictionary<string, string?>
        {
            ["Name"] = "Gmail", ["Service Provider"] = "Gmail", ["Port"] = " 993 ", ["Timeout"] = "x", ["OAuth2 Credentials"] = "Google Workspace",
        });
        Assert.That(cloud, Is.EqualTo(new CloudConnection("Gmail", "", "Gmail", "", "", 993, "", null, null, "Google Workspace")));
    }

    [Test]
    public void A_Server_field_the_Cloud_has_no_place_for_is_named_with_its_value_and_unit_unless_it_is_the_default()
    {
        FieldList<ServerConnection, CloudConnection> fields = new([
            .. Fields.All.Where(f => f.ServerName != "Interval"),
            new() { ServerName = "Interval", ServerKey = "editPanel.interval", ServerOptional = true, Control = FieldControl.Number,
                ServerValue = s => s.Other("Interval"), DefaultValue = "1", Unit = "min" },
        ]);
        ServerConnection With(string? interval) => Make.Server() with { Others = OtherFields.Of([("Interval", interval)]) };
        Assert.Multiple(() =>
        {
            Assert.That(NotCarried.Of(fields, With("5")), Is.EqualTo(new[] { "Interval 5 min not carried: the Cloud has no such field" }));
            Assert.That(NotCarried.Of(fields, With("1")), Is.Empty, "the default");
            Assert.That(NotCarried.Of(fields, With(" ")), Is.Empty, "blank");
            Assert.That(NotCarried.Of(fields, With(null)), Is.Empty, "not shown");
            Assert.That(fields.OptionalServerKeys, Does.Contain("editPanel.interval"));
            var again = With("5");
            Assert.That(With("5"), Is.EqualTo(again), "records with the same other fields are equal");
        });
    }
}
