using Robot.TestSupport;
using Robot.Sandbox.Hosting;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// --workers is what decides how many connections are written at once, as the sandbox sees it: its Cloud holds each
/// Test Connection until four are in flight together, which one worker can never bring about. And several Server
/// pages reading at once still leave inventory.csv in the Server's list order, while a run of one connection walks the
/// Server's list with one page however many workers it has.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class WorkerConcurrencyTests : RobotFixture
{
    private static readonly string[] Four = ["Support IMAP", "Support IMAP SSL", "Support IMAP STARTTLS", "Sales POP3"];

    protected override SandboxOptions Options => new() { Faults = new FaultOptions { HoldTestsUntilConcurrent = 4 } };

    [Test]
    public async Task Four_workers_have_four_Test_Connections_in_flight_at_once()
    {
        var only = Four.SelectMany(name => new[] { "--only", name }).ToArray();
        var run = await Robot.RunAsync("migrate", [.. only, "--workers", "4"]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
        Assert.That(run.StatusByName().Values, Has.All.EqualTo("migrated"));
        Assert.That(Sandbox.Context.Faults.Tests.MostAtOnce, Is.EqualTo(4),
            "the sandbox saw four Test Connections in flight together; with --workers ignored it would see one");
        await AssertNoSecretsAsync(run);
    }

    [Test]
    public async Task Inventory_read_by_four_pages_keeps_the_Server_list_order()
    {
        RunSettings.Write(Robot.SettingsFile, Sandbox, workers: 4, retryCount: 2, retryBaseDelayMs: 200);
        try
        {
            var run = await Robot.RunAsync("inventory", ["--verbose"]);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);

            var names = Rfc4180.ReadFile(run.InventoryPath).Skip(1).Select(row => row[0]).ToList();
            var listOrder = (await SandboxState.ReadAsync(Sandbox)).Server.Select(c => c.Name).ToList();
            Assert.That(names, Is.EqualTo(listOrder), "inventory.csv in the Server's list order, not the order the pages finished in");
            Assert.That(names, Is.Not.Ordered.Using((IComparer<string>)StringComparer.Ordinal), "the list order is not simply sorted, so the check can tell");
            Assert.That(ServerListWalks(run), Is.GreaterThan(1), "a whole list is shared by several Server pages");
            await AssertNoSecretsAsync(run);
        }
        finally
        {
            Robot.WriteSettings();
        }
    }

    [Test]
    public async Task A_plan_of_one_connection_walks_the_Server_list_once_with_four_workers()
    {
        RunSettings.Write(Robot.SettingsFile, Sandbox, workers: 4, retryCount: 2, retryBaseDelayMs: 200);
        try
        {
            var run = await Robot.RunAsync("plan", ["--only", "Sales POP3", "--verbose"]);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
            Assert.That(Rfc4180.ReadFile(run.PlanPath).Skip(1).Select(row => row[0]), Is.EqualTo(new[] { "Sales POP3" }));
            Assert.That(ServerListWalks(run), Is.EqualTo(1),
                "each further Server page would walk the whole list again for a row the first page already took");
        }
        finally
        {
            Robot.WriteSettings();
        }
    }

    /// <summary>How many Server pages went to the list of Incoming Mail Connections (--verbose prints one line each on stderr).</summary>
    private static int ServerListWalks(RobotRun run) =>
        run.Error.Split('\n').Count(line => line.Contains("Server: go to Incoming Mail Connections", StringComparison.Ordinal));
}
