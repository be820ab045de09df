using System.Text.Json.Nodes;
using Robot.Adapters.Ledger;
using Robot.Domain;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The robot as a real process (robot.dll, own process group) on an 8-connection Server: SIGKILLed during the writes
/// (after a few rows, with creates in flight), then started again with --resume on the same output folder until it
/// completes. The Cloud it leaves and its final rows equal those of an uninterrupted run on the same
/// sandbox (after POST /_sandbox/reset); nothing is on Cloud twice, on a Cloud that would accept a name twice. SIGTERM finishes the connections in hand, writes
/// their rows and exits 3. Every process a robot started is gone at the end.
/// </summary>
[Order(FixtureOrder.KillResume)]
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public class KillResumeTests : RobotFixture
{
    // Enough for rows before the kill (3), creates in flight at it (4 workers) and rows only the resume writes; each
    // connection is written by three runs (killed and resumed, uninterrupted, terminated), about 3 CPU-seconds each.
    private const int Connections = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);

    private static readonly (JsonObject Seed, IReadOnlyList<SeededConnection> Expected) Bulk = BulkSeed.Build(Connections, "Kill");

    private readonly List<ChildRobot> children = [];
    private string? seedPath;

    // A Cloud that takes a name twice, as an app without that check would: only the robot keeps a create from happening twice.
    protected override SandboxOptions Options => new() { SeedPath = seedPath ??= Seeds.Write(Bulk.Seed, "kill"), AcceptDuplicateNames = true };

    [OneTimeSetUp]
    public void FourWorkersAndShortRetries() => RunSettings.Write(Robot.SettingsFile, Sandbox, workers: 4, retryCount: 2, retryBaseDelayMs: 50);

    [OneTimeTearDown]
    public void StopChildrenAndRemoveSeed()
    {
        foreach (var child in children) child.Dispose();
        if (seedPath is not null) File.Delete(seedPath);
    }

    [Test, Order(1)]
    public async Task Killed_during_the_writes_and_resumed_it_ends_as_an_uninterrupted_run_does()
    {
        var output = Robot.NewOutputFolder("killed");
        var results = Path.Combine(output, CsvResultsLedger.FileName);

        // Killed after a few rows, with creates in flight; a run that ends by itself first (a fault outlived its
        // retries on this loaded machine) is simply started again with --resume, as an operator would.
        for (var start = 1; ; start++)
        {
            var child = Start(output, resume: start > 1);
            if (await child.WaitUntilAsync(() => RowCount(results) >= 3, Patience, "three rows"))
            {
                await KillAsync(child);
                break;
            }
            Assert.That(start, Is.LessThan(3), "three runs ended before three rows: " + child.Printed);
        }
        Assert.That(FinalRows(CsvResultsLedger.ReadAll(results)), Has.Count.LessThan(Connections), "killed before the end");

        // Then resumed until it completes.
        var exit = -1;
        for (var start = 1; exit != 1 && start <= 3; start++)
        {
            var last = Start(output, resume: true);
            exit = await last.WaitForExitAsync(Patience);
            Assert.That(await last.WaitAllGoneAsync(TimeSpan.FromSeconds(30)), Is.Empty, "the robot closed its browser");
            if (FinalRows(CsvResultsLedger.ReadAll(results)).Count < Connections) exit = -1;
        }
        Assert.That(exit, Is.EqualTo(1), "completed; the wrong password needs attention");

        var killedCloud = CloudRecords(await SandboxState.ReadAsync(Sandbox));
        var killedRows = FinalRows(CsvResultsLedger.ReadAll(results));
        Assert.That(killedCloud.Select(c => c.Name.ToUpperInvariant()), Is.Unique, "nothing is on Cloud twice");
        Assert.That(killedRows.Keys, Is.EquivalentTo(Bulk.Expected.Select(e => e.Name)), "a final row per connection");

        await ResetCloudAsync();
        var uninterrupted = await Robot.RunAsync("migrate", ["--workers", "4"]);
        Assert.That(uninterrupted.ExitCode, Is.EqualTo(1), uninterrupted.Transcript);
        var cleanCloud = CloudRecords(await SandboxState.ReadAsync(Sandbox));

        Assert.That(killedCloud, Is.EqualTo(cleanCloud), "the Cloud, field by field (ids and timestamps aside)");
        Assert.That(killedRows, Is.EquivalentTo(FinalRows(uninterrupted.Rows())), "the final (name, status) of every connection");
        Assert.That(killedRows, Is.EquivalentTo(Bulk.Expected.ToDictionary(e => e.Name, e => e.Status)));
        await AssertNoSecretsAsync(uninterrupted, new RobotRun(["migrate (killed and resumed)"], exit, string.Concat(children.Select(c => c.Printed)), "", output, TimeSpan.Zero));
    }

    [Test, Order(2)]
    public async Task SIGTERM_finishes_the_connections_in_hand_writes_their_rows_and_exits_3()
    {
        await ResetCloudAsync();
        var output = Robot.NewOutputFolder("terminated");
        var results = Path.Combine(output, CsvResultsLedger.FileName);
        var child = Start(output, resume: false);
        // After the first row, with the other workers' connections in hand: on 8 connections that leaves room for
        // rows that land within one poll and for all four in hand, still short of the end.
        Assert.That(await child.WaitUntilAsync(() => RowCount(results) >= 1, Patience, "the first row"), Is.True, "ended before the first row");
        child.Signal(ChildRobot.SigTerm);
        var exit = await child.WaitForExitAsync(Patience);

        Assert.That(exit, Is.EqualTo(3), child.Printed);
        Assert.That(child.Printed, Does.Contain("SIGTERM received"));
        var rows = CsvResultsLedger.ReadAll(results);
        Assert.That(rows, Has.Count.LessThan(Connections), "it stopped early");
        Assert.That(CreateJournal.Interrupted(output, rows), Is.Empty, "every create it began has its row");
        var onCloud = (await SandboxState.ReadAsync(Sandbox)).Cloud.Select(c => c.Name).ToHashSet();
        Assert.That(onCloud, Is.SubsetOf(rows.Where(r => r.Status == "migrated").Select(r => r.Name)), "nothing saved without its row");
        Assert.That(await child.WaitAllGoneAsync(TimeSpan.FromSeconds(30)), Is.Empty, "the robot closed its browser before exiting");
    }

    private ChildRobot Start(string output, bool resume)
    {
        string[] args =
        [
            "migrate", "--workers", "4", "--settings", Robot.SettingsFile, "--selectors", RepoPaths.Selectors,
            "--playwright-config", RepoPaths.PlaywrightConfig, "--output", output, .. resume ? new[] { "--resume" } : [],
            .. Robot.TraceOff("migrate", null),
        ];
        var child = ChildRobot.Start(args, Robot.WorkFolder, Robot.ChildEnvironment());
        children.Add(child);
        return child;
    }

    private static async Task KillAsync(ChildRobot child)
    {
        child.Signal(ChildRobot.SigKill);
        await child.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.That(await child.WaitAllGoneAsync(TimeSpan.FromSeconds(30)), Is.Empty, "the killed robot's driver and Chromium are gone");
    }

    private async Task ResetCloudAsync()
    {
        using var http = new HttpClient { BaseAddress = Sandbox.Urls.Cloud };
        using var response = await http.PostAsync("_sandbox/reset", null);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Rows of a results.csv another process is appending to (a row cut short by the read counts or not).</summary>
    private static int RowCount(string results)
    {
        if (!File.Exists(results)) return 0;
        try { return CsvResultsLedger.ReadAll(results).Count; }
        catch (Exception error) when (error is IOException or CsvHelper.CsvHelperException or InvalidDataException) { return 0; }
    }

    /// <summary>The latest status of every name in the ledger, as --resume reads it.</summary>
    private static Dictionary<string, string> FinalRows(IEnumerable<LedgerRow> rows)
    {
        var latest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows) latest[row.Name] = row.Status;
        return latest;
    }

    private static List<CloudRecord> CloudRecords(SandboxState state) =>
        state.Cloud.Select(c => c with { Id = 0 }).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
}
