using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Robot.Cli;
using Robot.Domain;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// Scale on the default seed: 4 workers, two shards joined by merge, and a remote Playwright browser server each end
/// with the same Cloud and the same rows as one worker alone. One 1-worker run is the baseline for all of them; the
/// Cloud is put back to the seed's (POST /_sandbox/reset) before every run. Every run takes the same 7 of the seed's
/// connections (--only): each outcome, both OAuth2 providers, IMAP and POP3, both list pages, more than 4 workers can
/// hold at once, and both shards get some; more would only repeat those (DefaultSeedMigrationTests migrates the whole seed).
/// The 4 workers drive the remote browser server: one run proves both, as a run of its own for each would prove nothing more.
/// </summary>
[Order(FixtureOrder.Scale)]
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public partial class ScaleTests : RobotFixture
{
    private static readonly string[] Taken =
    [
        "Support IMAP SSL", "Gmail Support (OAuth)", "Microsoft 365 Billing POP (OAuth)", "Legacy Gmail (OAuth)",
        "Wrong Password IMAP", "Already On Cloud IMAP", "Archive POP3 SSL",
    ];

    private static string[] Only(IEnumerable<string> names) => names.SelectMany(name => new[] { "--only", name }).ToArray();

    private Task<Outcome>? baseline;

    /// <summary>What a run leaves behind: the Cloud's connections (without ids) and one row per connection.</summary>
    private sealed record Outcome(IReadOnlyList<CloudRecord> Cloud, IReadOnlyList<string> Rows);

    [Test]
    public async Task Four_workers_leave_the_same_cloud_and_rows_as_one()
    {
        var one = await BaselineAsync();
        var (run, four, _) = await FourWorkersRemoteAsync();
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Transcript);

        Assert.That(four.Rows, Is.EqualTo(one.Rows));
        Assert.That(four.Cloud, Is.EqualTo(one.Cloud));
        await AssertNoSecretsAsync(run);
    }

    [Test]
    public async Task Two_shards_joined_by_merge_equal_one_unsharded_run()
    {
        var one = await BaselineAsync();
        await ResetCloudAsync();
        // As two machines would: both shards at once, each in its own output folder.
        var shards = await Task.WhenAll(
            Robot.RunAsync("migrate", [.. Only(Taken), "--shard", "1/2", "--workers", "2"]),
            Robot.RunAsync("migrate", [.. Only(Taken), "--shard", "2/2", "--workers", "2"]));
        foreach (var shard in shards) Assert.That(shard.ExitCode, Is.EqualTo(0).Or.EqualTo(1), shard.Transcript);
        Assert.That(shards[0].Rows().Select(r => r.Name).Intersect(shards[1].Rows().Select(r => r.Name)), Is.Empty, "no connection in both shards");
        Assert.That(shards.Select(s => s.Rows().Count), Has.All.GreaterThan(0), "each shard takes a share");

        var mergedFolder = Robot.NewOutputFolder("merged");
        var merge = await RunCliAsync(["merge", "--output", mergedFolder, shards[0].ResultsPath, shards[1].ResultsPath], mergedFolder);
        Assert.That(merge.ExitCode, Is.EqualTo(0), merge.Transcript);

        var merged = await OutcomeAsync(new RobotRun([], 0, "", "", mergedFolder, TimeSpan.Zero).Rows(thisRunOnly: false));
        Assert.That(merged.Rows, Is.EqualTo(one.Rows));
        Assert.That(merged.Cloud, Is.EqualTo(one.Cloud));
    }

    [Test]
    public async Task A_shard_that_is_not_k_of_n_is_a_usage_error()
    {
        var run = await Robot.RunAsync("migrate", ["--shard", "3/2"]);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Transcript);
        Assert.That(run.Error, Does.Contain("1 <= K <= N"));
        Assert.That(File.Exists(run.ResultsPath), Is.False);
    }

    [Test]
    public async Task A_run_through_a_remote_playwright_server_migrates_like_a_local_one()
    {
        var one = await BaselineAsync();
        var (run, remote, wsEndpoint) = await FourWorkersRemoteAsync();
        Assert.That(run.Args, Does.Contain("--ws-endpoint"), "the run drove the remote browser server");
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Transcript);

        Assert.That(remote.Rows, Is.EqualTo(one.Rows));
        Assert.That(remote.Cloud, Is.EqualTo(one.Cloud));

        // The endpoint is what decides where the browser is: with nothing listening there (the server has stopped), no local Chromium stands in.
        var nowhere = await RunWithOwnBrowserAsync("inventory", ["--ws-endpoint", wsEndpoint]);
        Assert.That(nowhere.ExitCode, Is.Not.EqualTo(0), nowhere.Transcript);
        Assert.That(File.Exists(nowhere.InventoryPath), Is.False);
    }

    private Task<Outcome> BaselineAsync() => baseline ??= RunBaselineAsync();

    private Task<(RobotRun Run, Outcome Outcome, string WsEndpoint)>? fourWorkersRemote;

    /// <summary>After the baseline: the same connections with 4 workers in a remote Playwright browser server, which is stopped once the run ends.</summary>
    private Task<(RobotRun Run, Outcome Outcome, string WsEndpoint)> FourWorkersRemoteAsync() => fourWorkersRemote ??= RunFourWorkersRemoteAsync();

    private async Task<(RobotRun Run, Outcome Outcome, string WsEndpoint)> RunFourWorkersRemoteAsync()
    {
        await BaselineAsync();
        await ResetCloudAsync();
        await using var server = await PlaywrightBrowserServer.StartAsync();
        var run = await RunWithOwnBrowserAsync("migrate", [.. Only(Taken), "--workers", "4", "--ws-endpoint", server.WsEndpoint]);
        return (run, await OutcomeAsync(run.Rows()), server.WsEndpoint);
    }

    private async Task<Outcome> RunBaselineAsync()
    {
        await ResetCloudAsync();
        var run = await Robot.RunAsync("migrate", [.. Only(Taken), "--workers", "1"]);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Transcript);
        var outcome = await OutcomeAsync(run.Rows());
        Assert.That(outcome.Rows, Has.Count.EqualTo(Taken.Length), "one row per connection taken");
        return outcome;
    }

    private async Task<Outcome> OutcomeAsync(IReadOnlyList<LedgerRow> rows)
    {
        var state = await SandboxState.ReadAsync(Sandbox);
        return new Outcome(
            state.Cloud.Select(c => c with { Id = 0 }).OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            rows.Select(r => $"{r.Name} | {r.Status} | {r.TestConnection} | {WithoutTimings(r.Message)}").Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Messages may say how long something took; that differs between runs and is not what is compared.</summary>
    private static string WithoutTimings(string message) => Timing().Replace(message, "#");

    [GeneratedRegex(@"\d+(\.\d+)?\s*(ms|s)\b")]
    private static partial Regex Timing();

    private async Task ResetCloudAsync()
    {
        using var http = new HttpClient { BaseAddress = Sandbox.Urls.Cloud };
        using var response = await http.PostAsync("_sandbox/reset", null);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Runs the command line as the harness does, but lets the robot open its own browser (the harness lends the
    /// fixture's), so --ws-endpoint is what decides where the browser is.
    /// </summary>
    private async Task<RobotRun> RunWithOwnBrowserAsync(string command, string[] args)
    {
        var output = Robot.NewOutputFolder();
        return await RunCliAsync([command, .. args, .. Robot.TraceOff(command, args), "--settings", Robot.SettingsFile, "--selectors", RepoPaths.Selectors,
            "--playwright-config", RepoPaths.PlaywrightConfig, "--output", output], output);
    }

    /// <summary>The command line exactly as given (merge takes none of the site options the harness adds).</summary>
    private async Task<RobotRun> RunCliAsync(string[] all, string output)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var services = new CliServices { Out = stdout, Error = stderr, WorkingDirectory = Robot.WorkFolder, Environment = Robot.EnvironmentVariable };
        var clock = Stopwatch.StartNew();
        TestContext.Progress.WriteLine($"  $ robot {string.Join(' ', all)}");
        var exitCode = await RobotCli.RunAsync(all, services);
        var run = new RobotRun(all, exitCode, stdout.ToString(), stderr.ToString(), output, clock.Elapsed);
        TestContext.Progress.WriteLine($"  → exit {exitCode} in {clock.Elapsed.TotalSeconds:0.0} s");
        return run;
    }

    /// <summary>
    /// The browser server the Microsoft.Playwright package can start itself (its bundled node and cli.js,
    /// launch-server), on Debian's Chromium, listening on a free port of 127.0.0.1. Disposing stops it and its Chromium.
    /// </summary>
    private sealed class PlaywrightBrowserServer : IAsyncDisposable
    {
        private readonly Process process;
        private readonly string configFile;

        private PlaywrightBrowserServer(Process process, string configFile, string wsEndpoint)
        {
            this.process = process;
            this.configFile = configFile;
            WsEndpoint = wsEndpoint;
        }

        public string WsEndpoint { get; }

        public static async Task<PlaywrightBrowserServer> StartAsync()
        {
            var driver = Path.Combine(TestContext.CurrentContext.TestDirectory, ".playwright");
            var node = Path.Combine(driver, "node", "linux-x64", "node");
            var cli = Path.Combine(driver, "package", "cli.js");
            Assert.That(File.Exists(node) && File.Exists(cli), Is.True, $"the Playwright driver is not in {driver}");
            var configFile = Path.Combine(Path.GetTempPath(), $"robot-browser-server-{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(configFile, JsonSerializer.Serialize(new
            {
                executablePath = TestBrowser.HeadlessPath,
                args = TestBrowser.Args,
                headless = true,
                host = "127.0.0.1",
                port = 0,
            }));
            var start = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { cli, "launch-server", "--browser", "chromium", "--config", configFile }) start.ArgumentList.Add(arg);
            start.Environment["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1";
            var process = Process.Start(start) ?? throw new InvalidOperationException("launch-server did not start");
            try
            {
                using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                while (true)
                {
                    var line = await process.StandardOutput.ReadLineAsync(deadline.Token)
                               ?? throw new InvalidOperationException($"launch-server ended: {await process.StandardError.ReadToEndAsync()}");
                    if (line.StartsWith("ws://", StringComparison.Ordinal))
                        return new PlaywrightBrowserServer(process, configFile, line.Trim());
                }
            }
            catch
            {
                process.Kill(entireProcessTree: true);
                process.Dispose();
                File.Delete(configFile);
                throw;
            }
        }

        private bool stopped;

        public async ValueTask DisposeAsync()
        {
            if (stopped) return;
            stopped = true;
            // The whole tree: node and the Chromium it launched.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
            File.Delete(configFile);
        }
    }
}
