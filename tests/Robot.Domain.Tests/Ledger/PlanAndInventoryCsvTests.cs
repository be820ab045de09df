using System.Globalization;
using CsvHelper;
using Robot.Adapters.Ledger;

namespace Robot.Domain.Tests.Ledger;

public class PlanAndInventoryCsvTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    private static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(column => column, column => csv.GetField(column)!));
        return rows;
    }

    [Test]
    public void Inventory_has_every_field_but_the_password_and_says_whether_there_was_one()
    {
        var path = folder.File(InventoryCsvWriter.FileName);
        InventoryCsvWriter.Write(path, [
            Make.Server(name: "With", description: "a, \"quoted\"\nnote"),
            Make.Server(name: "Without", password: null, port: "", timeout: "abc"),
        ]);
        var rows = Read(path);
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(path), Does.Not.Contain(Make.Password));
            Assert.That(rows[0].Keys, Is.EqualTo(new[]
            {
                "name", "description", "protocol", "encryption", "host", "port", "username", "timeout", "oauth_credentials", "has_password",
            }));
            Assert.That(rows.Select(row => row["has_password"]), Is.EqualTo(new[] { "yes", "no" }));
            Assert.That(rows[0]["description"], Is.EqualTo("a, \"quoted\"\nnote"));
            Assert.That((rows[1]["port"], rows[1]["timeout"]), Is.EqualTo(("", "abc")));
        });
    }

    [Test]
    public void Plan_has_the_decision_and_reason_of_each_connection_and_no_password()
    {
        var path = folder.File(PlanCsvWriter.FileName);
        var create = Make.Server(name: "Create me");
        var withheld = Make.Server(name: "No password", password: null);
        PlanCsvWriter.Write(path, [
            new PlannedConnection(create, Make.Cloud(create), PlanDecision.Create, "not on Cloud"),
            new PlannedConnection(withheld, Make.Cloud(withheld) with { Password = Secret.Of("from-secrets-42") }, PlanDecision.Create, "not on Cloud"),
            new PlannedConnection(Make.Server(name: "Bad", port: "x"), null, PlanDecision.Invalid, "Port: x: is not a whole number"),
        ]);
        var rows = Read(path);
        var text = File.ReadAllText(path);
        Assert.Multiple(() =>
        {
            Assert.That(rows[0].Keys, Is.EqualTo(new[]
            {
                "name", "server_protocol", "service_provider", "encryption", "host", "port", "username", "decision", "reason",
            }));
            Assert.That(rows.Select(row => row["decision"]), Is.EqualTo(new[] { "create", "create", "invalid" }));
            Assert.That(rows[0]["service_provider"], Is.EqualTo("General IMAP4 service"));
            Assert.That(rows[2]["reason"], Is.EqualTo("Port: x: is not a whole number"));
            Assert.That(rows[2]["port"], Is.EqualTo("x"));
            Assert.That(text, Does.Not.Contain(Make.Password).And.Not.Contain("from-secrets-42"));
        });
    }

    [Test]
    public void Writing_again_replaces_the_file_and_leaves_no_temporary_file()
    {
        var path = folder.File(PlanCsvWriter.FileName);
        var server = Make.Server(name: "First");
        PlanCsvWriter.Write(path, [new PlannedConnection(server, null, PlanDecision.Invalid, "x")]);
        PlanCsvWriter.Write(path, []);
        Assert.Multiple(() =>
        {
            Assert.That(Read(path), Is.Empty);
            Assert.That(Directory.GetFiles(folder.Path), Is.EqualTo(new[] { path }));
        });
    }
}
