using Robot.Cli;
using Robot.Domain;
using Robot.Runner;
using Spectre.Console;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests.Unit;

/// <summary>The migration's progress: a live Spectre.Console bar with counts by status in a terminal, the plain lines otherwise.</summary>
[Category(TestTiers.Unit)]
public class ProgressReportTests
{
    private static ConnectionResult Result(string name, ConnectionStatus status, string message = "") =>
        new(new PlannedConnection(new ServerConnection(name, "", "IMAP", "SSL", "mail.example.test", "user", Robot.Domain.Secret.Of("Secret-Not-Shown-1"), "993", "", ""),
                null, PlanDecision.Create, "new"),
            new Outcome(status, "", message, 1, TimeSpan.FromMilliseconds(1500)));

    private static readonly ConnectionResult[] Results =
    [
        Result("Support IMAP SSL", ConnectionStatus.Migrated),
        Result("Wrong Password IMAP", ConnectionStatus.TestFailed, "Test Connection failed, not saved: Authentication failed"),
        Result("Legacy Gmail (OAuth)", ConnectionStatus.BlockedOAuth, "no OAuth2 client"),
        Result("Ops POP3", ConnectionStatus.Migrated),
    ];

    private static async Task<int> RunAsync(Report report) =>
        await report.TrackAsync(Results.Length, async progress =>
        {
            foreach (var result in Results)
            {
                await Task.Yield();
                progress.Report(result);
            }
            return Results.Length;
        });

    [Test]
    public async Task Without_a_terminal_each_connection_is_one_plain_line_and_nothing_else()
    {
        var output = new StringWriter();
        var report = new Report(new CliServices { Out = output, Error = TextWriter.Null, Interactive = false });

        Assert.That(await RunAsync(report), Is.EqualTo(4));

        Assert.That(output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            "migrated        Support IMAP SSL (1.5 s)",
            "test-failed     Wrong Password IMAP (1.5 s) — Test Connection failed, not saved: Authentication failed",
            "blocked-oauth   Legacy Gmail (OAuth) (1.5 s) — no OAuth2 client",
            "migrated        Ops POP3 (1.5 s)",
        }));
        Assert.That(output.ToString().Contains('\u001b'), Is.False, "no terminal codes (compared ordinally: a culture-aware comparison ignores them)");
    }

    [Test]
    public async Task In_a_terminal_a_live_bar_counts_every_status_and_the_lines_are_written_above_it()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = 200;
        var report = new Report(new CliServices { Out = output, Error = TextWriter.Null, Interactive = true }, console);

        Assert.That(await RunAsync(report), Is.EqualTo(4));

        var text = output.ToString();
        Assert.That(text.Contains("\u001b[", StringComparison.Ordinal), Is.True, "drawn live, with cursor moves");
        var plain = System.Text.RegularExpressions.Regex.Replace(text, @"\u001b\[[0-9;?]*[A-Za-z]", "");
        // The last drawing of the bar: every status with its count, and the whole run done.
        Assert.That(plain, Does.Contain("migrated 2 · updated 0 · already-exists 0 · test-failed 1 · blocked-oauth 1 · needs-password 0 · invalid 0 · failed 0"));
        Assert.That(plain, Does.Contain("100%"));
        Assert.That(plain, Does.Contain("Wrong Password IMAP").And.Contain("Ops POP3"), "each connection's line");
        Assert.That(plain, Does.Not.Contain("Secret-Not-Shown-1"));
    }

    [Test]
    public async Task A_run_with_nothing_to_write_draws_no_bar()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes });
        var report = new Report(new CliServices { Out = output, Error = TextWriter.Null, Interactive = true }, console);
        Assert.That(await report.TrackAsync(0, _ => Task.FromResult(0)), Is.Zero);
        Assert.That(output.ToString(), Is.Empty);
    }
}
