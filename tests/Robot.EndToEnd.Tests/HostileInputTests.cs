using System.Globalization;
using Robot.Adapters.Ledger;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// A Server full of hostile data (Support/HostileSeed.cs, over 40 records): the run completes; every record gets the
/// row a truthful robot writes (migrated whole, or invalid / failed / test-failed / … with the reason); what was
/// migrated is on Cloud character for character (nothing cut short; beyond the Cloud's limits the Cloud refuses and
/// the row says so); every CSV reads back alike by CsvHelper and by a strict RFC 4180 reader; no password anywhere.
/// Subclasses run the same cases against another skin of the sandbox (AltSkinHostileInputTests).
/// </summary>
[Order(FixtureOrder.HostileInput)]
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public class HostileInputTests : RobotFixture
{
    private string? seedPath;
    private RobotRun? run;

    protected override SandboxOptions Options => SkinOptions with { SeedPath = seedPath ??= Seeds.Write(HostileSeed.Seed(Cases), "hostile") };

    /// <summary>The hostile records on the Server, in order: all of HostileSeed's unless a subclass needs fewer.</summary>
    protected virtual IReadOnlyList<HostileCase> Cases => HostileSeed.Cases;

    /// <summary>The sandbox the seed is served by, but for the seed.</summary>
    protected virtual SandboxOptions SkinOptions => new();

    /// <summary>The selectors folder the runs use; null: the repository's selectors/.</summary>
    protected virtual string? SelectorsFolder => null;

    /// <summary>Asserts that the Cloud connection is the Server one, field by field, in the Cloud's words.</summary>
    protected virtual void AssertSameOnCloud(ServerRecord server, CloudRecord? cloud, IReadOnlyList<OAuthClient> serverCredentials) =>
        Expect.SameOnCloud(server, cloud, serverCredentials);

    [OneTimeTearDown]
    public void RemoveSeed()
    {
        if (seedPath is not null) File.Delete(seedPath);
    }

    [Test, Order(1)]
    public async Task Every_hostile_record_gets_its_truthful_row()
    {
        Assert.That(HostileSeed.Cases, Has.Count.GreaterThanOrEqualTo(30));
        run = await MigrateAsync();
        Assert.That(run.ExitCode, Is.EqualTo(1), "some records need attention: " + run.Transcript);

        var rows = run.Rows().ToList();
        Assert.That(rows, Has.Count.EqualTo(Cases.Count), "one row per Server record: " + run.Transcript);
        Assert.Multiple(() =>
        {
            foreach (var expected in Cases)
            {
                var row = rows.FirstOrDefault(r => r.Name == expected.Name && r.Status == expected.Status
                    && r.Message.Contains(expected.Message, StringComparison.Ordinal));
                var shown = $"'{Expect.Shorten(expected.Name)}'";
                Assert.That(row, Is.Not.Null,
                    $"{shown}: expected {expected.Status} '{expected.Message}', rows of that name: " +
                    string.Join(" | ", rows.Where(r => r.Name == expected.Name).Select(r => $"{r.Status}: {r.Message}")));
                if (row is not null) rows.Remove(row);
            }
        });
    }

    [Test, Order(2)]
    public async Task What_was_migrated_is_on_Cloud_whole_and_nothing_else_was_written()
    {
        await RequireRunAsync();
        var state = await SandboxState.ReadAsync(Sandbox);
        Assert.That(state.Server.Select(s => s.Name), Is.EqualTo(Cases.Select(c => c.Name)), "the Server shows the seed in order");
        var migrated = Cases.Select((c, i) => (Case: c, Server: state.Server[i])).Where(p => p.Case.Status == "migrated").ToList();
        Assert.Multiple(() =>
        {
            foreach (var (_, server) in migrated)
                AssertSameOnCloud(server, state.Cloud.SingleOrDefault(c => c.Name == server.Name), state.ServerOAuthCredentials);
            Assert.That(state.Cloud.Select(c => c.Name), Is.Unique.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase), "no name twice on Cloud");
            Assert.That(state.Cloud, Has.Count.EqualTo(migrated.Count + 1), "the migrated ones and the one that was there");
            Assert.That(state.Cloud.Single(c => c.Name.StartsWith("Duplicate", StringComparison.OrdinalIgnoreCase)).Description,
                Is.EqualTo("the first of three"), "of Server duplicates only the first is migrated");
            Assert.That(state.Cloud.Any(c => c.Name.StartsWith("Too long", StringComparison.Ordinal) || c.Description.Length > HostileSeed.CloudMaxDescription),
                Is.False, "nothing beyond the Cloud's limits is stored, cut short or whole");
        });
    }

    [Test, Order(3)]
    public async Task Every_CSV_reads_back_alike_by_CsvHelper_and_by_a_strict_RFC_4180_reader()
    {
        await RequireRunAsync();
        var csvFiles = Directory.GetFiles(run!.OutputFolder, "*.csv");
        Assert.That(csvFiles.Select(Path.GetFileName), Does.Contain(CsvResultsLedger.FileName));
        foreach (var file in csvFiles)
        {
            var strict = Rfc4180.ReadFile(file);
            Assert.That(strict, Has.Count.GreaterThan(1), file);
            var name = Array.IndexOf(strict[0], "name");
            Assert.That(strict.Skip(1).Select(r => r.Length), Is.All.EqualTo(strict[0].Length), $"every row of {Path.GetFileName(file)} has the header's columns");
            // The credentials the OAuth connections use have a file of their own, one row per credential.
            if (Path.GetFileName(file) == CredentialsCsvWriter.FileName) continue;
            Assert.That(strict.Skip(1).Select(r => r[name]).Order(StringComparer.Ordinal),
                Is.EqualTo(Cases.Select(c => c.Name).Order(StringComparer.Ordinal)), $"the names in {Path.GetFileName(file)}, exactly");
        }

        // The ledger's own reader (CsvHelper) and the strict one agree value for value.
        var strictRows = Rfc4180.ReadFile(run.ResultsPath);
        var header = strictRows[0].ToList();
        var ledgerRows = run.Rows();
        Assert.That(strictRows.Count - 1, Is.EqualTo(ledgerRows.Count));
        string Cell(int row, string column) => strictRows[row + 1][header.IndexOf(column)];
        Assert.Multiple(() =>
        {
            for (var i = 0; i < ledgerRows.Count; i++)
            {
                var row = ledgerRows[i];
                Assert.That(
                    new[] { Cell(i, "name"), Cell(i, "server_protocol"), Cell(i, "host"), Cell(i, "port"), Cell(i, "username"), Cell(i, "status"), Cell(i, "message"), Cell(i, "attempts") },
                    Is.EqualTo(new[] { row.Name, row.ServerProtocol, row.Host, row.Port, row.Username, row.Status, row.Message, row.Attempts.ToString(CultureInfo.InvariantCulture) }),
                    $"row {i + 1}");
            }
        });
    }

    [Test, Order(4)]
    public async Task No_file_or_line_of_the_run_holds_a_password()
    {
        await RequireRunAsync();
        var secrets = await AllSecretsAsync();
        Assert.That(secrets, Does.Contain(HostileSeed.MailboxPassword).And.Contain(HostileSeed.WrongPassword));
        await AssertNoSecretsAsync(run!);
    }

    [Test, Order(5)]
    public async Task A_name_with_runs_of_spaces_is_found_on_Cloud_when_run_again()
    {
        await RequireRunAsync();
        var again = await Robot.RunAsync("migrate", ["--only", "Runs *"], selectorsFolder: SelectorsFolder);
        Assert.That(again.Row(HostileSeed.SpacedName).Status, Is.EqualTo("already-exists"), again.Transcript);
        var state = await SandboxState.ReadAsync(Sandbox);
        Assert.That(state.Cloud.Count(c => c.Name == HostileSeed.SpacedName), Is.EqualTo(1), "on Cloud once, spaces and all");
    }

    private Task<RobotRun>? migrateRun;

    private Task<RobotRun> MigrateAsync() => migrateRun ??= Robot.RunAsync("migrate", ["--workers", "4"], selectorsFolder: SelectorsFolder);

    /// <summary>The migrate run of the first test, made here when a test runs alone, so no test is skipped.</summary>
    private async Task RequireRunAsync() => run ??= await MigrateAsync();
}
