using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// 12 connections (every kind of outcome: every protocol and encryption, a wrong password, a Microsoft 365 OAuth one,
/// a blocked Gmail one) on sites that are slow, fail about a third of the Saves, lose the answer to about a third of them,
/// fail a quarter of the Tests, and end every session after 40 requests: with 4 workers and retries, every connection ends
/// in its expected status, none is on Cloud twice, each has exactly one row, some rows needed more than one attempt, and
/// no password is written. (Reading two pages of the Server list is DefaultSeedMigrationTests' and ScaleTests' part.)
/// </summary>
[Order(FixtureOrder.ChaosRun)]
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public class ChaosRunTests : RobotFixture
{
    /// <summary>
    /// Of the first 19 bulk connections: 1 to 10 (every protocol and encryption, the wrong password at 7), the Microsoft 365
    /// one (13) and the blocked Gmail one (19). Each written connection costs the browser about 3 CPU-seconds per attempt,
    /// so fewer connections with higher fault rates give each fault the same near-certainty for less.
    /// </summary>
    private static readonly int[] Kept = [.. Enumerable.Range(1, 10), 13, 19];

    private static readonly (System.Text.Json.Nodes.JsonObject Seed, IReadOnlyList<SeededConnection> Expected) Bulk =
        BulkSubset.Of(BulkSeed.Build(Kept.Max(), "Chaos"), Kept);

    private string? seedPath;

    protected override SandboxOptions Options => new()
    {
        SeedPath = seedPath ??= Seeds.Write(Bulk.Seed, "chaos"),
        // The Cloud takes a name twice, so "none on Cloud twice" below is the robot's doing, not the sandbox's refusal.
        AcceptDuplicateNames = true,
        Faults = new FaultOptions
        {
            // Rates that make each fault as near certain over 12 connections as 0.15, 0.2 and 0.15 did over 24: no lost
            // answer in 10 stores is 0.7^10 (3 %; 0.85^21 before), no refused save 0.65^10 (1 %), no failed test 0.75^16 (1 %).
            LostAnswerRate = 0.3,
            LatencyMinMs = 20,
            LatencyMaxMs = 80,
            SaveFailureRate = 0.35,
            TestFailureRate = 0.25,
            SessionExpiryRequests = 40,
            RandomSeed = 4242,
        },
    };

    [OneTimeTearDown]
    public void RemoveSeed()
    {
        if (seedPath is not null) File.Delete(seedPath);
    }

    [Test]
    public async Task Every_connection_ends_in_its_expected_status_once_with_no_duplicates_and_no_secrets()
    {
        // Not the defaults (README "How it is tested" says why): enough retries that a connection outliving them all
        // is a weakness of the robot, not bad luck (about half of the attempts store nothing, and a session expiry adds
        // more; one connection took 13 attempts in a measured run, so 19 are allowed), tried again at once: the doubling
        // backoff (RetryPolicyTests' part) from 50 ms made that connection wait 200 s between its attempts.
        RunSettings.Write(Robot.SettingsFile, Sandbox, workers: 4, retryCount: 18, retryBaseDelayMs: 0);
        var run = await Robot.RunAsync("migrate", ["--workers", "4"]);

        var rows = run.Rows();
        Assert.That(rows.Select(r => r.Name), Is.EquivalentTo(Bulk.Expected.Select(e => e.Name)), "exactly one row per connection: " + run.Transcript);
        var status = run.StatusByName();
        Assert.Multiple(() =>
        {
            foreach (var expected in Bulk.Expected)
                Assert.That(status[expected.Name], Is.EqualTo(expected.Status), $"{expected.Name}: {rows.Single(r => r.Name == expected.Name).Message}");
        });
        Assert.That(run.ExitCode, Is.EqualTo(1), "the wrong passwords and blocked OAuth ones need attention");
        Assert.That(rows.Count(r => r.Attempts > 1), Is.GreaterThan(0), "the faults made some connections take more than one attempt");

        var state = await SandboxState.ReadAsync(Sandbox);
        Assert.That(state.Cloud.Select(c => c.Name.ToUpperInvariant()), Is.Unique, "no connection is on Cloud twice");
        var migrated = Bulk.Expected.Where(e => e.Status == "migrated").Select(e => e.Name).ToList();
        Assert.That(state.Cloud.Select(c => c.Name), Is.EquivalentTo(migrated), "exactly the migrated ones are on Cloud");
        foreach (var name in migrated)
            Expect.SameOnCloud(state.ServerNamed(name), state.CloudNamed(name), state.ServerOAuthCredentials);

        var faults = Sandbox.Context.Faults.Counts;
        Assert.Multiple(() =>
        {
            Assert.That(Sandbox.Context.CloudSessions.Expired + Sandbox.Context.ServerSessions.Expired, Is.GreaterThan(0), "sessions really expired");
            Assert.That(faults.SaveFaults, Is.GreaterThan(0), "saves were really refused with 500");
            Assert.That(faults.LostAnswers, Is.GreaterThan(0), "saves were really stored and answered 500");
            Assert.That(faults.TestFaults, Is.GreaterThan(0), "Test Connections really failed with 503");
        });
        TestContext.Progress.WriteLine($"  chaos faults: {faults}, expired sessions: Cloud {Sandbox.Context.CloudSessions.Expired}, Server {Sandbox.Context.ServerSessions.Expired}");

        await AssertNoSecretsAsync(run);
        var retried = rows.Where(r => r.Attempts > 1).ToList();
        TestContext.Progress.WriteLine(
            $"  chaos: {retried.Count} of {rows.Count} rows took more than one attempt (most {rows.Max(r => r.Attempts)}); run {run.Elapsed.TotalSeconds:0} s");
    }
}
