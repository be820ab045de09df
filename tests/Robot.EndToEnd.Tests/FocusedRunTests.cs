using System.Text.Json.Nodes;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// Runs limited with --only, on a sandbox whose Cloud copy of "Already On Cloud IMAP" differs from the Server
/// (as the automatic migration leaves it: another description, another timeout).
/// </summary>
[Order(FixtureOrder.FocusedRun)]
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public class FocusedRunTests : RobotFixture
{
    private const string AlreadyOnCloud = "Already On Cloud IMAP";
    private const string WrongPassword = "Wrong Password IMAP";

    private string? seedPath;

    protected override SandboxOptions Options
    {
        get
        {
            var seed = Seeds.Default();
            var existing = Seeds.CloudConnections(seed).Single(c => (string?)c!["name"] == AlreadyOnCloud)!.AsObject();
            existing["description"] = "Moved by the Jira Cloud Migration Assistant; needs correction";
            existing["timeout"] = 5000;
            seedPath ??= Seeds.Write(seed, "focused");
            return new SandboxOptions { SeedPath = seedPath };
        }
    }

    [OneTimeTearDown]
    public void RemoveSeed()
    {
        if (seedPath is not null) File.Delete(seedPath);
    }

    private static readonly string[] OnlyMatches = ["Support IMAP", "Support IMAP SSL", "Support IMAP STARTTLS", "Ops POP3"];

    /// <summary>A run and the sandbox's state just before and just after it.</summary>
    private sealed record RunBetween(SandboxState Before, RobotRun Run, SandboxState After);

    private Task<RunBetween>? onlyRun;

    /// <summary>
    /// One run serves the --only test and the changed-selectors test: what --only picks does not depend on how the
    /// selectors are spelled, and the equivalent spellings are proven on every connection it migrates.
    /// </summary>
    private Task<RunBetween> OnlyRunWithEquivalentSelectorsAsync() => onlyRun ??= RunOnlyWithEquivalentSelectorsAsync();

    private async Task<RunBetween> RunOnlyWithEquivalentSelectorsAsync()
    {
        var selectors = CopySelectors("equivalent");
        // Labels swapped for equivalent CSS and role specs, in both files; no code changes.
        Rewrite(selectors, "server.json", "login", "username", "css:#login-form-username");
        Rewrite(selectors, "server.json", "editPanel", "name", "role:textbox:Name");
        Rewrite(selectors, "cloud.json", "panel", "host", "role:textbox:Host");
        Rewrite(selectors, "cloud.json", "list", "addButton", "css:button.primary:text-is('Add')");
        var before = await SandboxState.ReadAsync(Sandbox);
        var run = await Robot.RunAsync("migrate", ["--only", "Support IMAP*", "--only", "ops pop?"], selectorsFolder: selectors);
        return new RunBetween(before, run, await SandboxState.ReadAsync(Sandbox));
    }

    [Test]
    public async Task Only_limits_the_run_to_the_matching_names()
    {
        var (before, run, after) = await OnlyRunWithEquivalentSelectorsAsync();
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
        Assert.That(run.StatusByName().Keys, Is.EquivalentTo(OnlyMatches));
        Assert.That(run.StatusByName().Values.Distinct(), Is.EqualTo(new[] { "migrated" }));

        Assert.That(after.Cloud.Select(c => c.Name).Except(before.Cloud.Select(c => c.Name)), Is.EquivalentTo(OnlyMatches));
        foreach (var name in OnlyMatches) Expect.SameOnCloud(after.ServerNamed(name), after.CloudNamed(name), after.ServerOAuthCredentials);
        await AssertNoSecretsAsync(run);
    }

    [Test]
    public async Task A_wrong_password_fails_the_test_and_is_not_saved_unless_asked()
    {
        var run = await Robot.RunAsync("migrate", ["--only", WrongPassword]);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Transcript);
        var row = run.Row(WrongPassword);
        Assert.That((row.Status, row.TestConnection), Is.EqualTo(("test-failed", "failed")));
        Assert.That(row.Message, Does.Contain("Connection failed"));
        Assert.That(row.Evidence, Does.EndWith(".png"), "a screenshot of the failed test is kept");
        Assert.That(File.Exists(row.Evidence), Is.True);
        Assert.That((await SandboxState.ReadAsync(Sandbox)).CloudNamed(WrongPassword), Is.Null, "not saved");

        var anyway = await Robot.RunAsync("migrate", ["--only", WrongPassword, "--save-on-test-failure"]);
        var saved = anyway.Row(WrongPassword);
        Assert.That((saved.Status, saved.TestConnection), Is.EqualTo(("migrated", "failed")), anyway.Transcript);
        Assert.That(saved.Message, Does.Contain("despite test failure"));
        var state = await SandboxState.ReadAsync(Sandbox);
        Expect.SameOnCloud(state.ServerNamed(WrongPassword), state.CloudNamed(WrongPassword), state.ServerOAuthCredentials);
        await AssertNoSecretsAsync(run, anyway);
    }

    [Test]
    public async Task An_existing_connection_is_left_alone_then_repaired_under_update_existing()
    {
        var before = await SandboxState.ReadAsync(Sandbox);
        var original = before.CloudNamed(AlreadyOnCloud)!;

        var run = await Robot.RunAsync("migrate", ["--only", AlreadyOnCloud]);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
        Assert.That(run.Row(AlreadyOnCloud).Status, Is.EqualTo("already-exists"));
        Assert.That((await SandboxState.ReadAsync(Sandbox)).CloudNamed(AlreadyOnCloud), Is.EqualTo(original), "left alone");

        var update = await Robot.RunAsync("migrate", ["--only", AlreadyOnCloud, "--update-existing"]);
        Assert.That(update.ExitCode, Is.EqualTo(0), update.Transcript);
        Assert.That(update.Row(AlreadyOnCloud).Status, Is.EqualTo("updated"));
        // The Cloud copy was read back through its Edit panel; the plan names the fields that differ.
        Assert.That(File.ReadAllText(update.PlanPath), Does.Contain(",update,").And.Contain("Description, Timeout"));
        var after = await SandboxState.ReadAsync(Sandbox);
        var repaired = after.CloudNamed(AlreadyOnCloud)!;
        Assert.That(repaired.Id, Is.EqualTo(original.Id), "edited in place, not added again");
        Assert.That(after.Cloud, Has.Count.EqualTo(before.Cloud.Count));
        Expect.SameOnCloud(after.ServerNamed(AlreadyOnCloud), repaired, after.ServerOAuthCredentials);

        var again = await Robot.RunAsync("migrate", ["--only", AlreadyOnCloud, "--update-existing"]);
        Assert.That(again.Row(AlreadyOnCloud).Status, Is.EqualTo("already-exists"), "once equal, it is not edited again");
        await AssertNoSecretsAsync(run, update, again);
    }

    [Test]
    public async Task A_selector_changed_in_json_only_still_finds_the_same_elements()
    {
        var (_, run, state) = await OnlyRunWithEquivalentSelectorsAsync();
        Assert.That(run.Args, Does.Contain(Path.Combine(Robot.WorkFolder, "selectors-equivalent")), "the run used the changed selectors");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
        foreach (var name in OnlyMatches)
        {
            Assert.That(run.Row(name).Status, Is.EqualTo("migrated"), name);
            Expect.SameOnCloud(state.ServerNamed(name), state.CloudNamed(name), state.ServerOAuthCredentials);
        }
    }

    [Test]
    public async Task A_broken_selector_is_refused_with_its_file_and_key_and_nothing_is_touched()
    {
        var before = await SandboxState.ReadAsync(Sandbox);
        var selectors = CopySelectors("broken");
        Rewrite(selectors, "cloud.json", "panel", "saveButton", "button:Save");

        var run = await Robot.RunAsync("migrate", ["--only", "Legal IMAP SSL"], selectorsFolder: selectors);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Transcript);
        Assert.That(run.Error, Does.Contain(Path.Combine(selectors, "cloud.json")).And.Contain("'panel.saveButton'").And.Contain("unknown kind 'button'"));
        Assert.That(File.Exists(run.ResultsPath), Is.False);
        Assert.That((await SandboxState.ReadAsync(Sandbox)).CloudFingerprint(), Is.EqualTo(before.CloudFingerprint()));

        var missing = CopySelectors("missing");
        Remove(missing, "server.json", "editPanel", "timeout");
        var second = await Robot.RunAsync("inventory", selectorsFolder: missing);
        Assert.That(second.ExitCode, Is.EqualTo(2), second.Transcript);
        Assert.That(second.Error, Does.Contain(Path.Combine(missing, "server.json")).And.Contain("'editPanel.timeout'").And.Contain("missing"));
    }

    [Test]
    public async Task A_selector_that_matches_nothing_stops_the_run_at_once_naming_file_key_and_selector()
    {
        var before = await SandboxState.ReadAsync(Sandbox);
        var selectors = CopySelectors("changed-ui");
        const string renamed = "role:button:Test the connection now";
        Rewrite(selectors, "cloud.json", "panel", "testButton", renamed);

        // Names no other test writes (the --only run migrates Support IMAP*).
        var run = await Robot.RunAsync("migrate", ["--only", "Billing*", "--workers", "1"], selectorsFolder: selectors, recordsFailureTraces: true);
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Transcript);
        var rows = run.Rows();
        Assert.That(rows, Has.Count.EqualTo(1), "the first connection that meets the changed UI stops the run; no other is started");
        var row = rows[0];
        Assert.That((row.Status, row.Attempts), Is.EqualTo(("failed", 1)), "a changed UI is not retried");
        Assert.That(row.Message, Does.Contain(Path.Combine(selectors, "cloud.json")).And.Contain("'panel.testButton'").And.Contain(renamed)
            .And.Contain("changed UI"));
        Assert.That(row.Evidence, Does.EndWith("failure.png"), "the evidence column points at the screenshot");
        Assert.That(File.Exists(row.Evidence), Is.True);
        Assert.That(row.Message, Does.Contain(row.Evidence));
        Assert.That(run.Error, Does.Contain("robot: stopped: ").And.Contain(row.Message), "the whole reason is printed, not cut short");
        Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(row.Evidence)!, "trace.zip")), Is.True);
        Assert.That((await SandboxState.ReadAsync(Sandbox)).CloudFingerprint(), Is.EqualTo(before.CloudFingerprint()), "nothing saved");
        await AssertNoSecretsAsync(run);
    }

    [Test]
    public async Task A_stopped_run_finishes_the_connection_in_hand_and_a_resumed_run_does_the_rest()
    {
        var output = Robot.NewOutputFolder("stop-and-resume");
        var names = new[] { "Sales POP3", "Sales POP3 SSL", "Sales POP3 STARTTLS" };
        var stopped = await Robot.RunAsync("migrate", ["--only", "Sales POP3*", "--workers", "1"], outputFolder: output,
            abortWhen: line => line.StartsWith("migrated", StringComparison.Ordinal));
        Assert.That(stopped.ExitCode, Is.EqualTo(3), stopped.Transcript);
        var first = stopped.Rows();
        Assert.That(first, Has.Count.EqualTo(1), "the connection in hand is finished and written, no other is started");
        Assert.That(first[0].Status, Is.EqualTo("migrated"));

        var resumed = await Robot.RunAsync("migrate", ["--only", "Sales POP3*", "--resume"], outputFolder: output);
        Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.Transcript);
        Assert.That(resumed.Rows().Select(r => r.Name), Is.EquivalentTo(names.Except([first[0].Name])));
        var state = await SandboxState.ReadAsync(Sandbox);
        foreach (var name in names) Expect.SameOnCloud(state.ServerNamed(name), state.CloudNamed(name), state.ServerOAuthCredentials);
    }

    private string CopySelectors(string name)
    {
        var folder = Path.Combine(Robot.WorkFolder, "selectors-" + name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepoPaths.Selectors, "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        return folder;
    }

    private static void Rewrite(string folder, string file, string section, string key, string spec) =>
        Edit(folder, file, json => json[section]![key] = spec);

    private static void Remove(string folder, string file, string section, string key) =>
        Edit(folder, file, json => json[section]!.AsObject().Remove(key));

    private static void Edit(string folder, string file, Action<JsonObject> change)
    {
        var path = Path.Combine(folder, file);
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(json);
        File.WriteAllText(path, json.ToJsonString());
    }
}
