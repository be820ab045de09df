using System.Globalization;
using Robot.Cli.Progress;
using Robot.Domain;
using Robot.Domain.Ports;
using Robot.Runner;
using Spectre.Console;

namespace Robot.Cli;

/// <summary>
/// What the robot prints: a line per connection as it ends, then the summary. In a terminal, Spectre.Console tables
/// and a live progress bar with the counts by status; plain lines when the output is redirected or CI is set. Never a password.
/// </summary>
public sealed class Report
{
    private readonly CliServices services;
    private readonly IAnsiConsole? console;
    private readonly Lock gate = new();
    private int live;

    /// <param name="console">The terminal to draw on (tests pass their own); null makes one on <see cref="CliServices.Out"/> when interactive.</param>
    public Report(CliServices services, IAnsiConsole? console = null)
    {
        this.services = services;
        this.console = console ?? (services.Interactive ? TerminalConsole(services.Out) : null);
    }

    /// <summary>A console on the terminal the CLI already found interactive (a terminal, TERM set, CI unset).</summary>
    internal static IAnsiConsole TerminalConsole(TextWriter output) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.Yes,
        // Whether this is CI was decided already (CI unset); Spectre.Console's own guesses would decide it twice.
        Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
    });

    public void Line(string text)
    {
        // While a bar is drawn, through its console (which writes above the bar); otherwise as is, never wrapped.
        if (live > 0 && console is not null) lock (gate) console.WriteLine(text);
        else lock (gate) services.Out.WriteLine(text);
    }

    /// <summary>The OAuth2 Credentials migrated first: counts by status, the file, and each callback URL a person must register.</summary>
    public void Credentials(IReadOnlyList<Robot.Domain.Kinds.OAuth2.CredentialOutcome> credentials, string path)
    {
        if (credentials.Count == 0) return;
        var counts = credentials.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToWire()}");
        Line($"OAuth2 Credentials: {string.Join(", ", counts)} (kind oauth2-credentials, in {path})");
        foreach (var credential in credentials.Where(c => c.PersonAction.Length > 0))
            Line($"  needs a person: '{credential.Name}': {credential.PersonAction}");
    }

    public void Step(string text)
    {
        lock (gate) services.Error.WriteLine($"  {services.Clock.GetLocalNow():HH:mm:ss.fff} {text}");
    }

    public int Fail(int exitCode, string message)
    {
        Warn(message);
        return exitCode;
    }

    /// <summary>A line on stderr, "robot: " first.</summary>
    public void Warn(string message)
    {
        lock (gate) services.Error.WriteLine($"robot: {message}");
    }

    public void Inventory(IReadOnlyList<ServerConnection> connections, string path, TimeSpan elapsed)
    {
        var withheld = connections.Count(c => c.Unreadable is null && !c.HasPassword && string.IsNullOrEmpty(c.OAuthCredentials));
        Line($"{connections.Count} connection(s) read from the Server in {Seconds(elapsed)}" +
             (withheld > 0 ? $"; {withheld} without a readable password" : ""));
        foreach (var unread in connections.Where(c => c.Unreadable is not null)) Line($"not read: {unread.Unreadable}");
        Line($"inventory: {path}");
    }

    public void Plan(IReadOnlyList<PlannedConnection> plan, string path, TimeSpan elapsed)
    {
        var counts = plan.GroupBy(p => p.Decision).OrderBy(g => g.Key).Select(g => (g.Key.ToWire(), g.Count())).ToList();
        if (console is not null)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Plan (nothing was changed)");
            table.AddColumn("Name").AddColumn("Service Provider").AddColumn("Decision").AddColumn("Reason");
            foreach (var p in plan)
                table.AddRow(Markup.Escape(p.Name), Markup.Escape(p.Cloud?.ServiceProvider ?? ""), DecisionMarkup(p.Decision), Markup.Escape(Shorten(p.Reason, 90)));
            lock (gate) console.Write(table);
        }
        else
        {
            foreach (var p in plan) Line($"{p.Decision.ToWire(),-15} {p.Name} — {p.Reason}");
        }
        Line($"plan: {string.Join(", ", counts.Select(c => $"{c.Item2} {c.Item1}"))} ({plan.Count} connection(s), {Seconds(elapsed)}); nothing was changed");
        Line($"plan: {path}");
    }

    public void PlanLoaded(IReadOnlyList<PlannedConnection> plan, int doneBefore)
    {
        var actionable = plan.Count(p => p.Decision.IsActionable());
        Line($"{plan.Count} connection(s) planned, {actionable} to write on Cloud" + (doneBefore > 0 ? $"; {doneBefore} done by an earlier run are skipped" : ""));
    }

    /// <summary>
    /// Runs the migration of <paramref name="total"/> connections, telling the operator of each as it ends: a live
    /// progress bar with the counts by status above the lines in a terminal, the plain lines alone otherwise.
    /// </summary>
    public Task<T> TrackAsync<T>(int total, Func<IProgress<ConnectionResult>, Task<T>> run) =>
        console is null || total == 0
            ? run(new SyncProgress<ConnectionResult>(Finished))
            : LiveAsync(() => LiveProgress.RunAsync(console, total, Finished, run));

    /// <summary>
    /// Reads the Server, telling the operator of each connection read: a live bar in a terminal, a line per connection
    /// otherwise. <paramref name="step"/> (--verbose) is also told of every step.
    /// </summary>
    public Task<T> TrackServerReadAsync<T>(Action<string>? step, Func<IProgress<ServerReadProgress>, Task<T>> read)
    {
        Action<ServerReadProgress>? verbose = step is null ? null : value => step(value.Text);
        if (console is not null) return LiveAsync(() => LiveProgress.ServerReadAsync(console, verbose, read));
        var count = new ServerReadCount();
        return read(new SyncProgress<ServerReadProgress>(value =>
        {
            verbose?.Invoke(value);
            lock (gate) count.Add(value);
            if (value is ServerConnectionRead connection) Line($"{count.Words} — {connection.Name}");
        }));
    }

    private async Task<T> LiveAsync<T>(Func<Task<T>> display)
    {
        Interlocked.Increment(ref live);
        try
        {
            return await display().ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref live);
        }
    }

    public void Finished(ConnectionResult result)
    {
        var outcome = result.Outcome;
        var status = outcome.Status.ToWire();
        var detail = outcome.Status.IsDone() && outcome.Status != ConnectionStatus.AlreadyExists ? "" : $" — {Shorten(outcome.Message, 120)}";
        var text = $"{status,-15} {result.Planned.Name} ({Seconds(outcome.Duration)}){detail}";
        if (console is not null)
        {
            lock (gate) console.MarkupLine($"{StatusMarkup(outcome.Status, padded: true)} {Markup.Escape(result.Planned.Name)} [grey]({Seconds(outcome.Duration)}){Markup.Escape(detail)}[/]");
        }
        else
        {
            Line(text);
        }
    }

    /// <param name="skippedAsDone">Connections an earlier run finished, which this one did not read again.</param>
    public void Summary(RunResult result, string resultsPath, TimeSpan elapsed, int skippedAsDone = 0)
    {
        var summary = result.Summary;
        var skipped = summary.SkippedAsDone + skippedAsDone;
        var counts = summary.Counts.Where(pair => pair.Value > 0).OrderBy(pair => pair.Key).ToList();
        var written = result.Results.Where(r => r.Outcome.Attempts > 0).ToList();
        var perConnection = written.Count > 0 ? written.Average(r => r.Outcome.Duration.TotalSeconds) : 0;
        if (console is not null)
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"Run {Markup.Escape(result.RunId)}");
            table.AddColumn("Status").AddColumn(new TableColumn("Connections").RightAligned());
            foreach (var (status, count) in counts) table.AddRow(StatusMarkup(status, padded: false), count.ToString(CultureInfo.InvariantCulture));
            if (skipped > 0) table.AddRow("[grey]skipped (done before)[/]", skipped.ToString(CultureInfo.InvariantCulture));
            if (summary.NotStarted > 0) table.AddRow("[yellow]not started (stopped)[/]", summary.NotStarted.ToString(CultureInfo.InvariantCulture));
            table.AddRow("[bold]total[/]", $"[bold]{summary.Processed + skipped + summary.NotStarted}[/]");
            lock (gate) console.Write(table);

            var attention = result.Results.Where(r => r.Outcome.Status.NeedsAttention()).ToList();
            if (attention.Count > 0)
            {
                var details = new Table().Border(TableBorder.Simple).Title("Needs attention");
                details.AddColumn("Name").AddColumn("Status").AddColumn("Why");
                foreach (var r in attention)
                    details.AddRow(Markup.Escape(r.Planned.Name), StatusMarkup(r.Outcome.Status, padded: false), Markup.Escape(Shorten(r.Outcome.Message, 100)));
                lock (gate) console.Write(details);
            }
        }
        else
        {
            Line($"summary of run {result.RunId}:");
            foreach (var (status, count) in counts) Line($"  {status.ToWire(),-15} {count}");
            if (skipped > 0) Line($"  {"skipped",-15} {skipped} (done by an earlier run)");
            if (summary.NotStarted > 0) Line($"  {"not-started",-15} {summary.NotStarted} (the run was stopped)");
        }
        Line($"{summary.Processed} connection(s) in {Seconds(elapsed)}" +
             (written.Count > 0 ? $"; {perConnection.ToString("0.0", CultureInfo.InvariantCulture)} s per connection written on Cloud" : ""));
        if (result.LeftDisabled > 0)
            Line($"{result.LeftDisabled} connection(s) left disabled on Cloud: nothing polls them until they are enabled (--enable enables those whose Test Connection passed)");
        if (result.StoppedBy is { } reason) lock (gate) services.Error.WriteLine($"robot: stopped: {reason}");
        if (summary.SessionExpired is { } expired) lock (gate) services.Error.WriteLine($"robot: stopped: {expired}, then run again with --resume");
        if (result.Aborted) Line("the run was stopped; run again with --resume to go on");
        Line($"results: {resultsPath}");
    }

    private static string StatusMarkup(ConnectionStatus status, bool padded)
    {
        var word = padded ? status.ToWire().PadRight(15) : status.ToWire();
        return $"[{ConnectionStatuses.Of(status).ConsoleColour}]{Markup.Escape(word)}[/]";
    }

    private static string DecisionMarkup(PlanDecision decision)
    {
        var colour = decision switch
        {
            PlanDecision.Create or PlanDecision.Update => "green",
            PlanDecision.AlreadyExists => "blue",
            PlanDecision.Invalid => "red",
            _ => "yellow",
        };
        return $"[{colour}]{decision.ToWire()}[/]";
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }
}
