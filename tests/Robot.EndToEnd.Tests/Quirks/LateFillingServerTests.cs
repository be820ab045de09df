using Robot.Adapters.Evidence;
using Robot.EndToEnd.Tests.Quirks;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// A Server whose Edit dialog opens empty with no spinner and fills in late, field by field, first with the values of
/// the row opened before; one connection's dialog never fills in; a login lands on the dashboard. The robot reads
/// every record as the Server holds it (never a mix of two), with 1 worker and with 2, fails the one that never fills
/// in (and it alone), keeps names with runs of spaces, and decides two same-named connections by the list's order.
/// </summary>
[Order(FixtureOrder.LateFillingServer)]
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public class LateFillingServerTests : QuirkFixture
{
    protected override PageQuirks PageQuirks => new()
    {
        ServerLateFillMs = 300,
        ServerPreviousRowFirst = true,
        ServerNeverFill = [QuirkSeed.NeverFills],
        ServerLoginLandsOnDashboard = true,
    };

    [Test, Order(1)]
    public async Task A_login_that_lands_on_the_dashboard_goes_on_to_the_connections_without_waiting_out_a_timeout()
    {
        var run = await Robot.RunAsync("plan", ["--only", "Plain IMAP", "--verbose"]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
        var steps = File.ReadAllText(Path.Combine(run.OutputFolder, StepLog.FileName));
        Assert.That(run.Out + run.Error + steps, Does.Not.Contain("Timeout").And.Not.Contain("trying again"), run.Transcript);
        Assert.That(Rfc4180.ReadFile(run.PlanPath).Skip(1).Select(row => row[0]), Is.EqualTo(new[] { "Plain IMAP" }), run.Transcript);
    }

    [TestCase(1), Order(2)]
    [TestCase(2)]
    public async Task Every_record_of_a_dialog_that_fills_late_field_by_field_after_the_previous_rows_values_is_read_whole(int workers)
    {
        // inventory has no --workers: the setting, as an operator overrides it.
        var run = await Robot.RunAsync("inventory", environment: Robot.EnvironmentWith(new Dictionary<string, string?>
        {
            ["ROBOT_Workers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.That(run.ExitCode, Is.EqualTo(1), "one Edit panel was not read: " + run.Transcript);
        Assert.That(run.Out, Does.Contain($"not read: the Edit panel of '{QuirkSeed.NeverFills}' did not fill in within 10 s"));
        var server = (await SandboxState.ReadAsync(Sandbox)).Server;
        var rows = Rfc4180.ReadFile(run.InventoryPath).Skip(1).ToList();
        // In the Server's list order, whatever the number of pages reading it.
        Assert.That(rows.Select(row => row[0]), Is.EqualTo(server.Select(c => c.Name)), run.Transcript);
        Assert.Multiple(() =>
        {
            foreach (var (row, seeded) in rows.Zip(server))
            {
                // name, description, protocol, encryption, host, port, username, timeout, oauth_credentials, has_password
                string[] expected = seeded.Name == QuirkSeed.NeverFills
                    ? [seeded.Name, "", "", "", "", "", "", "", "", "no"]
                    : [seeded.Name, seeded.Description, seeded.Protocol, seeded.Encryption, seeded.Host, seeded.Port,
                        seeded.Username, seeded.Timeout, seeded.OAuthCredentials, seeded.Password.Length > 0 ? "yes" : "no"];
                Assert.That(row, Is.EqualTo(expected), $"inventory row of '{seeded.Name}' ({seeded.Description})");
            }
        });
    }

    [Test, Order(3)]
    public async Task Migrating_fails_only_the_dialog_that_never_fills_and_puts_every_other_record_on_Cloud_unmixed()
    {
        var run = await Robot.RunAsync("migrate", ["--workers", "2"]);

        Assert.That(run.ExitCode, Is.EqualTo(1), "the never-filling one and the duplicate need attention: " + run.Transcript);
        var rows = run.Rows();
        Assert.That(rows.Select(r => (r.Name, r.Status)), Is.EquivalentTo(new[]
        {
            ("Plain IMAP", "migrated"), ("Plain POP3 SSL", "migrated"), (QuirkSeed.NeverFills, "failed"), (QuirkSeed.Spaced, "migrated"),
            (QuirkSeed.SameName, "migrated"), (QuirkSeed.SameName, "invalid"), (QuirkSeed.OAuth, "migrated"),
        }), run.Transcript);
        Assert.That(rows.Single(r => r.Name == QuirkSeed.NeverFills).Message,
            Is.EqualTo($"the Edit panel of '{QuirkSeed.NeverFills}' did not fill in within 10 s"));
        Assert.That(rows.Single(r => r.Status == "invalid").Message, Does.Contain("duplicate name on Server"));

        var state = await SandboxState.ReadAsync(Sandbox);
        Assert.That(state.CloudNamed(QuirkSeed.NeverFills), Is.Null, "nothing is written for a panel that was not read");
        // The first of the two same-named connections in the Server's list is the one on Cloud.
        foreach (var server in state.Server.Where(c => c.Name != QuirkSeed.NeverFills).DistinctBy(c => c.Name))
            Expect.SameOnCloud(server, state.CloudNamed(server.Name), state.ServerOAuthCredentials);
        await AssertNoSecretsAsync(run);
    }

    [Test, Order(4)]
    public async Task A_name_with_runs_of_spaces_is_found_on_Cloud_by_the_next_run()
    {
        var run = await Robot.RunAsync("migrate", ["--only", QuirkSeed.Spaced]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
        Assert.That(run.Rows().Select(r => (r.Name, r.Status)), Is.EqualTo(new[] { (QuirkSeed.Spaced, "already-exists") }), run.Transcript);
        Assert.That((await SandboxState.ReadAsync(Sandbox)).Cloud.Count(c => c.Name == QuirkSeed.Spaced), Is.EqualTo(1));
    }
}
