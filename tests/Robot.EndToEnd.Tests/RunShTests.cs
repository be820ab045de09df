using Robot.Adapters.Ledger;
using Robot.Cli;
using Robot.Domain;
using Robot.EndToEnd.Tests.Support;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// ./run.sh as a user types it, from a folder of their own: the help lists every command, the sandbox answers --help,
/// nothing is built again when nothing changed, and relative paths are the user's, not the repository's.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class RunShTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);
    private string folder = null!;

    private static string RunSh => Path.Combine(RepoPaths.Root, "run.sh");

    [SetUp]
    public void UsersOwnFolder() => folder = Directory.CreateTempSubdirectory("robot-runsh-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Help_lists_every_command_on_a_line_of_its_own()
    {
        var help = await RunAsync("help");
        Assert.That(help.ExitCode, Is.EqualTo(0), help.ToString());
        var robotCommands = RobotCli.Build(new CliServices { Out = TextWriter.Null, Error = TextWriter.Null }).Subcommands.Select(c => c.Name);
        string[] scriptCommands = ["setup", "test", "sandbox", "bench", "robot", "help"];
        var lines = help.Out.Split('\n');
        foreach (var command in robotCommands.Concat(scriptCommands))
            Assert.That(lines.Count(line => line.StartsWith($"  {command} ", StringComparison.Ordinal)), Is.EqualTo(1), $"{command} in\n{help.Out}");
    }

    [Test]
    public async Task The_sandbox_answers_help_with_its_usage()
    {
        var help = await RunAsync("sandbox", "--help");
        Assert.That(help.ExitCode, Is.EqualTo(0), help.ToString());
        Assert.That(help.Out, Does.Contain("usage: ./run.sh sandbox").And.Contain("--seed FILE"));
        Assert.That(help.Error, Does.Not.Contain("unknown option"));
    }

    [Test]
    public async Task Nothing_is_built_again_when_no_source_changed()
    {
        await RunAsync("robot", "--help");
        var again = await RunAsync("robot", "--help");
        Assert.That(again.ExitCode, Is.EqualTo(0), again.ToString());
        Assert.That(again.Error, Does.Contain("[run.sh] up to date").And.Not.Contain("building"), again.ToString());
        Assert.That(again.Out, Does.Contain("migrate"), "the robot ran");
    }

    [Test]
    public async Task Relative_paths_are_taken_from_the_folder_the_command_is_typed_in()
    {
        // The user's own copies, under names the repository does not have: found only where the user is.
        File.Copy(Path.Combine(RepoPaths.Root, "robot.settings.json"), Path.Combine(folder, "mine.settings.json"));
        File.Copy(RepoPaths.PlaywrightConfig, Path.Combine(folder, "my-playwright.json"));
        CopyFolder(RepoPaths.Selectors, Path.Combine(folder, "my-selectors"));
        Directory.CreateDirectory(Path.Combine(folder, "shard-1"));
        using (var ledger = new CsvResultsLedger(Path.Combine(folder, "shard-1", CsvResultsLedger.FileName)))
            ledger.Append(new LedgerRow("run-1", DateTimeOffset.UtcNow, "Support IMAP", "IMAP", "General IMAP4 service", "None",
                "mail.example.test", "143", "support", "migrated", "passed", "saved", 1, 100, ""), []);

        var merge = await RunAsync("merge", "--output", "my-results", "shard-1/results.csv");
        Assert.That(merge.ExitCode, Is.EqualTo(0), merge.ToString());
        Assert.That(File.Exists(Path.Combine(folder, "my-results", CsvResultsLedger.FileName)), Is.True, merge.ToString());

        var report = await RunAsync("report", "--settings", "mine.settings.json", "--output", "my-results");
        Assert.That(report.ExitCode, Is.EqualTo(0), report.ToString());
        Assert.That(File.Exists(Path.Combine(folder, "my-results", "report.html")), Is.True, report.ToString());

        // Settings, selectors and Playwright's file all load from here; the blank Server URL of the copy is what stops it.
        var inventory = await RunAsync("inventory", "--settings", "mine.settings.json", "--selectors", "my-selectors",
            "--playwright-config", "my-playwright.json", "--output", "my-inventory");
        Assert.That(inventory.ExitCode, Is.EqualTo(2), inventory.ToString());
        Assert.That(inventory.Error, Does.Contain(Path.Combine(folder, "mine.settings.json")).And.Contain("Server:BaseUrl"), inventory.ToString());
        Assert.That(Directory.Exists(Path.Combine(RepoPaths.Root, "my-results")), Is.False, "nothing in the repository");
    }

    /// <summary>./run.sh ARGS in the user's folder, with the configuration these tests were built in and no site settings of the test's own.</summary>
    private Task<ShellResult> RunAsync(params string[] args) =>
        ShellCommand.RunAsync(RunSh, args, folder, Patience, new Dictionary<string, string?>
        {
            ["CONFIGURATION"] = RepoPaths.Configuration,
            ["ROBOT_Server__BaseUrl"] = null,
            ["ROBOT_Server__Password"] = null,
            ["ROBOT_Cloud__Password"] = null,
        });

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
