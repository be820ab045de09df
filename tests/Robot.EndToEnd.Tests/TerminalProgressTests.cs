using System.Text.RegularExpressions;
using Robot.EndToEnd.Tests.Support;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The real robot process in a real pseudo-terminal (script -qefc, TERM=xterm-256color, CI unset): a live bar covers
/// the Server's read from the login on, then the writes with the counts by status, then the summary table. The same
/// process with its output redirected prints plain lines: one per connection read and one per connection written.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public partial class TerminalProgressTests : RobotFixture
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    // Compared ordinally: a culture-aware comparison ignores control characters, so Does.Contain("\u001b") always holds.
    private const char Escape = '\u001b';

    /// <summary>A terminal outside CI: CI and the variables of CI services Spectre.Console knows are removed.</summary>
    private static readonly Dictionary<string, string?> Terminal = new()
    {
        ["TERM"] = "xterm-256color", ["CI"] = null, ["GITHUB_ACTIONS"] = null, ["GITLAB_CI"] = null, ["TF_BUILD"] = null,
        ["JENKINS_URL"] = null, ["TEAMCITY_VERSION"] = null, ["TRAVIS"] = null, ["CONTINUOUS_INTEGRATION"] = null,
    };

    [Test]
    public async Task In_a_terminal_a_live_bar_covers_the_Server_read_and_the_writes()
    {
        var output = Robot.NewOutputFolder("pty");
        var robot = string.Join(' ', new[] { "dotnet", RepoPaths.RobotDll }.Concat(Args(output, "Support IMAP*")).Select(ShellCommand.Quote));
        // The pty's size is set first: script's terminal has none when the test runner has no terminal itself.
        var run = await ShellCommand.RunAsync("script", ["-qefc", $"stty cols 160 rows 50; exec {robot}", "/dev/null"],
            Robot.WorkFolder, Patience, Robot.ChildEnvironment(Terminal));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Out.Contains(Escape + "[?25l", StringComparison.Ordinal) && run.Out.Contains(Escape + "[2A", StringComparison.Ordinal),
            Is.True, "drawn live: cursor hidden, moved up to redraw");
        Assert.That(run.Out, Does.Match("\u001b\\[38;5;[0-9]+m"), "in colour");
        var screen = Plain(run.Out);
        var opening = screen.IndexOf("Server: logging in and opening the list of connections", StringComparison.Ordinal);
        var serverRead = screen.IndexOf("Server: 3 of 3 read", StringComparison.Ordinal);
        var planned = screen.IndexOf("3 connection(s) planned", StringComparison.Ordinal);
        var written = screen.IndexOf("migrated 3 · updated 0 · already-exists 0 · test-failed 0", StringComparison.Ordinal);
        Assert.That(opening, Is.GreaterThanOrEqualTo(0), "the Server's bar is drawn from the start of the read:\n" + screen);
        Assert.That(serverRead, Is.GreaterThan(opening), "and counts the Edit panels read:\n" + screen);
        Assert.That(planned, Is.GreaterThan(serverRead), "before the plan:\n" + screen);
        Assert.That(written, Is.GreaterThan(planned), "then the writes' bar with the counts by status:\n" + screen);
        Assert.That(BarDrawings(screen, "Server: "), Is.GreaterThan(1), "the Server's bar is redrawn while it reads");
        Assert.That(screen, Does.Contain("100%"));
        Assert.That(screen, Does.Contain("migrated        Support IMAP SSL ("), "each connection's line above the bar");
        Assert.That(screen, Does.Contain("│ migrated │"), "the summary table");
        Assert.That(File.ReadAllText(Path.Combine(output, "results.csv")), Does.Contain("Support IMAP STARTTLS"));
    }

    [Test]
    public async Task Redirected_the_same_process_prints_plain_lines_for_each_connection_read_and_written()
    {
        var output = Robot.NewOutputFolder("redirected");
        var run = await ShellCommand.RunAsync("dotnet", [RepoPaths.RobotDll, .. Args(output, "Ops POP3", "Sales POP3")],
            Robot.WorkFolder, Patience, Robot.ChildEnvironment(Terminal));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Out.Contains(Escape), Is.False, "no terminal codes");
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines.Where(line => ReadLine().IsMatch(line)).Select(line => ReadLine().Match(line).Groups[1].Value),
            Is.EqualTo(new[] { "1", "2" }), run.ToString());
        Assert.That(lines, Has.Some.EqualTo("Server: 2 of 2 read — Ops POP3").Or.Some.EqualTo("Server: 2 of 2 read — Sales POP3"));
        Assert.That(lines, Has.Some.StartsWith("migrated        Ops POP3 (").And.Some.StartsWith("migrated        Sales POP3 ("));
        Assert.That(lines, Has.Some.EqualTo("migrated        2"), "the plain summary (lines trimmed)");
    }

    private string[] Args(string output, params string[] only) =>
    [
        "migrate", .. only.SelectMany(name => new[] { "--only", name }), "--settings", Robot.SettingsFile,
        "--selectors", RepoPaths.Selectors, "--playwright-config", RepoPaths.PlaywrightConfig, "--output", output,
        .. Robot.TraceOff("migrate", null),
    ];

    /// <summary>The terminal's text without its control sequences.</summary>
    private static string Plain(string terminal) => ControlSequence().Replace(terminal, "");

    private static int BarDrawings(string screen, string start) =>
        screen.Split('\n').Count(line => line.StartsWith(start, StringComparison.Ordinal) && line.Contains('%', StringComparison.Ordinal));

    [GeneratedRegex(@"\u001b\[[0-9;?]*[A-Za-z]|\u001b[=>]")]
    private static partial Regex ControlSequence();

    [GeneratedRegex(@"^Server: ([0-9]+) of 2 read — (Ops POP3|Sales POP3)$")]
    private static partial Regex ReadLine();
}
