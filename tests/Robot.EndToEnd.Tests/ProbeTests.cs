using Robot.TestSupport;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Robot.Adapters.Probe;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// robot probe on the default sandbox: every key of both selector files is found (or, for what shows only after a
/// Test, a Save or an expired session, not reached with why), exit 0, and neither site changed, by /_sandbox/state.
/// With one key broken per site in a copy of selectors/, the real robot process exits 2 naming exactly those keys,
/// with their screenshots; migrate --probe stops there before anything is written. A value map missing what the
/// Server offers exits 1; a refused login exits 2.
/// </summary>
[Order(FixtureOrder.Probe)]
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class ProbeTests : RobotFixture
{
    protected virtual string SelectorsFolder => RepoPaths.Selectors;

    protected static IReadOnlyList<ProbeCsvLine> Wrong(IEnumerable<ProbeCsvLine> lines) =>
        lines.Where(l => l.Result is "not found" or "ambiguous" or ProbeCsvWriter.GapResult).ToList();

    [Test]
    public async Task Probe_finds_every_key_and_changes_nothing()
    {
        var before = await SandboxState.ReadAsync(Sandbox);
        var clock = Stopwatch.StartNew();
        var run = await Robot.RunAsync("probe", selectorsFolder: SelectorsFolder);
        TestContext.Progress.WriteLine($"  probe took {clock.Elapsed.TotalSeconds:0.0} s on {GetType().Name}");
        var lines = ProbeCsvLine.Read(run.OutputFolder);
        var after = await SandboxState.ReadAsync(Sandbox);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
            Assert.That(Wrong(lines), Is.Empty, run.Transcript);
            Assert.That(lines.Where(l => l.Result == "not reached" && l.Note.StartsWith("an earlier step failed", StringComparison.Ordinal)), Is.Empty);
            Assert.That(lines.Count(l => l.Result == "found"), Is.GreaterThan(50), "keys found");
            Assert.That(lines.Select(l => l.Key), Does.Contain("editPanel.oauthCredentials").And.Contain("oauthList.heading"));
            Assert.That(lines.Single(l => l.Site == "Server" && l.Key == "editPanel.oauthCredentials").Result, Is.EqualTo("found"), "an OAuth connection's panel was read");
            Assert.That(run.Out, Does.Contain("Sample: '").And.Contain("Password").And.Contain("***"));
            Assert.That(after.Raw, Is.EqualTo(before.Raw), "the probe changed a site");
        });
        await AssertNoSecretsAsync(run);
    }

    [Test]
    public async Task A_broken_key_per_site_is_named_with_its_screenshot_and_migrate_probe_stops_there()
    {
        var selectors = BrokenCopy(("server.json", "editPanel", "host", "label:Hostname on this server"),
            ("cloud.json", "panel", "port", "label:Port number on this cloud"));
        var before = await SandboxState.ReadAsync(Sandbox);
        var output = Robot.NewOutputFolder("broken");
        var run = await ChildRun.RunAsync([.. Robot.CommandLine("migrate", ["--probe"], output, selectorsFolder: selectors)], Robot.WorkFolder,
            Robot.ChildEnvironment());
        var wrong = Wrong(ProbeCsvLine.Read(output));
        var after = await SandboxState.ReadAsync(Sandbox);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(wrong.Select(l => l.Named), Is.EquivalentTo(new[] { "server.json editPanel.host", "cloud.json panel.port" }), run.ToString());
            Assert.That(wrong.Select(l => l.Result), Is.All.EqualTo("not found"));
            Assert.That(wrong.Select(l => l.Screenshot), Has.All.Matches<string>(shot => File.Exists(shot) && new FileInfo(shot).Length > 1000), "screenshots");
            Assert.That(run.Printed, Does.Contain("not found: server.json 'editPanel.host' (label:Hostname on this server)"));
            Assert.That(run.Printed, Does.Contain("not found: cloud.json 'panel.port' (label:Port number on this cloud)"));
            Assert.That(run.Printed, Does.Contain("migrate did not start"));
            Assert.That(File.Exists(Path.Combine(output, "results.csv")), Is.False, "migrate wrote results");
            Assert.That(after.Raw, Is.EqualTo(before.Raw), "a site changed");
        });
    }

    [Test]
    public async Task A_Server_encryption_with_no_mapping_is_a_value_map_gap_exit_1()
    {
        Robot.WriteSettings("""
            "ValueMaps": { "Encryption": { "No Encryption": "None", "SSL/TLS": "SSL/TLS" } }
            """);
        try
        {
            var run = await Robot.RunAsync("probe", selectorsFolder: SelectorsFolder);
            var wrong = Wrong(ProbeCsvLine.Read(run.OutputFolder));
            Assert.That(run.ExitCode, Is.EqualTo(1), run.Transcript);
            Assert.That(wrong.Select(l => $"{l.Site} {l.Key} {l.Selector} {l.Result}"),
                Is.EqualTo(new[] { "Server ValueMaps:Encryption STARTTLS value-map gap" }), run.Transcript);
            Assert.That(run.Out, Does.Contain("value-map gap: Server: ValueMaps:Encryption: the Server's Encryption offers 'STARTTLS'"));
        }
        finally
        {
            Robot.WriteSettings();
        }
    }

    [Test]
    public async Task A_refused_login_exits_2_and_leaves_that_site_not_reached()
    {
        var output = Robot.NewOutputFolder("refused");
        var run = await ChildRun.RunAsync([.. Robot.CommandLine("probe", null, output)], Robot.WorkFolder,
            Robot.ChildEnvironment(new Dictionary<string, string?> { ["ROBOT_Cloud__Password"] = "not-the-cloud-password" }));
        var cloud = ProbeCsvLine.Read(output).Where(l => l.Site == "Cloud").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.Errors, Does.Contain("Cloud: login failed: the Cloud refused the login"), run.ToString());
            Assert.That(cloud.Single(l => l.Key == "panel.addDialog").Note, Does.StartWith("an earlier step failed"));
            Assert.That(cloud.Where(l => l.Result is "not found" or "ambiguous"), Is.Empty, "a refused login names no key");
        });
    }

    /// <summary>A copy of the selectors folder with these keys replaced.</summary>
    private string BrokenCopy(params (string File, string Section, string Key, string Selector)[] changes)
    {
        var folder = Path.Combine(Robot.WorkFolder, $"selectors-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(SelectorsFolder, "*.json")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        foreach (var (file, section, key, selector) in changes)
        {
            var path = Path.Combine(folder, file);
            var json = JsonNode.Parse(File.ReadAllText(path))!;
            Assert.That(json[section]![key], Is.Not.Null, $"{file} has {section}.{key}");
            json[section]![key] = selector;
            File.WriteAllText(path, json.ToJsonString());
        }
        return folder;
    }
}
