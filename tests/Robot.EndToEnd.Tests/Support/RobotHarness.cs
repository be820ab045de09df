using System.Diagnostics;
using Microsoft.Playwright;
using Robot.Cli;
using Robot.Sandbox.Hosting;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// Runs the robot's real command line in-process against a sandbox, on the fixture's one Chromium (each site the
/// robot opens is its own browser context, so runs do not share cookies). The robot never references the sandbox:
/// it only gets URLs in a settings file and passwords in environment variables, as in production. Each harness hands
/// its runs an environment of their own (<see cref="EnvironmentVariable"/>, <see cref="ChildEnvironment"/>) instead of
/// changing the test process's, so fixtures run in parallel.
/// </summary>
public sealed class RobotHarness
{
    private readonly SandboxHost sandbox;
    private readonly IBrowser browser;
    private int runs;

    public RobotHarness(SandboxHost sandbox, IBrowser browser, string workFolder, bool recordsFailureTraces = false)
    {
        this.sandbox = sandbox;
        this.browser = browser;
        WorkFolder = workFolder;
        RecordsFailureTraces = recordsFailureTraces;
        Directory.CreateDirectory(workFolder);
        SettingsFile = Path.Combine(workFolder, "robot.settings.json");
        WriteSettings();
    }

    public string WorkFolder { get; }

    public string SettingsFile { get; }

    /// <summary>
    /// Whether a migrate or demo run keeps the robot's default (--trace on-failure) when it does not say otherwise;
    /// when false the harness adds <c>--trace off</c>. Tracing records a DOM snapshot on every Playwright call of every
    /// connection written (about a quarter of a migrating run's CPU), so only runs that prove traces or evidence keep it.
    /// </summary>
    public bool RecordsFailureTraces { get; }

    /// <summary>Writes robot.settings.json pointing at the sandbox; <paramref name="extra"/> is more JSON members ("\"SecretsFile\": \"...\"").</summary>
    public void WriteSettings(string? extra = null)
    {
        var options = sandbox.Context.Options;
        File.WriteAllText(SettingsFile, $$"""
            {
              "Server": { "BaseUrl": "{{sandbox.Urls.Server}}", "Username": "{{options.ServerAdmin.User}}" },
              "Cloud": { "BaseUrl": "{{sandbox.Urls.Cloud}}", "Email": "{{options.CloudAdmin.User}}" },
              "Output": "out",
              "Workers": 2,
              "Retry": { "Count": 2, "BaseDelayMs": 200 }{{(extra is null ? "" : ",\n  " + extra)}}
            }
            """);
    }

    /// <summary>The site passwords as an operator exports them: ROBOT_Server__Password and ROBOT_Cloud__Password.</summary>
    public IReadOnlyDictionary<string, string?> SitePasswords => new Dictionary<string, string?>
    {
        ["ROBOT_Server__Password"] = sandbox.Context.Options.ServerAdmin.Password,
        ["ROBOT_Cloud__Password"] = sandbox.Context.Options.CloudAdmin.Password,
    };

    /// <summary>What this harness's in-process runs see as their environment: the process's, with the site passwords on top.</summary>
    public string? EnvironmentVariable(string name) =>
        SitePasswords.TryGetValue(name, out var value) ? value : Environment.GetEnvironmentVariable(name);

    /// <summary>An environment of <paramref name="more"/>'s variables over <see cref="EnvironmentVariable"/>: null removes one.</summary>
    public Func<string, string?> EnvironmentWith(IReadOnlyDictionary<string, string?> more) =>
        name => more.TryGetValue(name, out var value) ? value : EnvironmentVariable(name);

    /// <summary>The variables a child robot process gets on top of the test process's: the site passwords and <paramref name="more"/>.</summary>
    public IReadOnlyDictionary<string, string?> ChildEnvironment(IReadOnlyDictionary<string, string?>? more = null)
    {
        var all = new Dictionary<string, string?>(SitePasswords);
        foreach (var (name, value) in more ?? new Dictionary<string, string?>()) all[name] = value;
        return all;
    }

    /// <summary>Sets the site passwords in the test process's environment (only for a fixture that cannot inject them; it serialises fixtures).</summary>
    public void ExportSitePasswords()
    {
        foreach (var (name, value) in SitePasswords) Environment.SetEnvironmentVariable(name, value);
    }

    public static void ClearSitePasswords()
    {
        Environment.SetEnvironmentVariable("ROBOT_Server__Password", null);
        Environment.SetEnvironmentVariable("ROBOT_Cloud__Password", null);
    }

    /// <summary>A fresh output folder for one run (or a named one, reused by a later --resume run).</summary>
    public string NewOutputFolder(string? name = null) =>
        Path.Combine(WorkFolder, name ?? $"run-{Interlocked.Increment(ref runs):00}");

    /// <summary>
    /// Runs <c>robot COMMAND args… --settings … --selectors … --playwright-config … --output …</c>.
    /// <paramref name="abortWhen"/> sees every line printed and may ask the run to stop (as Ctrl-C does);
    /// <paramref name="input"/> is what the robot reads as its console input (--step's Enter).
    /// </summary>
    public async Task<RobotRun> RunAsync(string command, string[]? args = null, string? outputFolder = null,
        string? selectorsFolder = null, Func<string, bool>? abortWhen = null, Func<string, string?>? environment = null,
        TextReader? input = null, bool? recordsFailureTraces = null)
    {
        outputFolder ??= NewOutputFolder();
        var all = CommandLine(command, args, outputFolder, selectorsFolder: selectorsFolder, recordsFailureTraces: recordsFailureTraces);

        // The test's [CancelAfter] limit aborts the run as Ctrl-C does, so a hang ends the test instead of stalling the suite.
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(TestContext.CurrentContext.CancellationToken);
        var output = new WatchingWriter(line =>
        {
            TestContext.Progress.WriteLine("    robot> " + line);
            if (abortWhen?.Invoke(line) == true) abort.Cancel();
        });
        var error = new WatchingWriter(line => TestContext.Progress.WriteLine("    robot! " + line));
        var services = new CliServices
        {
            Out = output,
            Error = error,
            Interactive = false,
            Abort = abort.Token,
            Environment = environment ?? EnvironmentVariable,
            WorkingDirectory = WorkFolder,
            Input = input,
            Browser = (_, _) => Task.FromResult<IBrowserLease>(new SharedBrowser(browser)),
        };
        var clock = Stopwatch.StartNew();
        TestContext.Progress.WriteLine($"  $ robot {string.Join(' ', all)}");
        var exitCode = await RobotCli.RunAsync(all.ToArray(), services);
        clock.Stop();
        var run = new RobotRun(all.ToArray(), exitCode, output.Text, error.Text, outputFolder, clock.Elapsed);
        TestContext.Progress.WriteLine($"  → exit {exitCode} in {clock.Elapsed.TotalSeconds:0.0} s");
        return run;
    }

    /// <summary>
    /// <c>COMMAND args… --settings … --selectors … --playwright-config … --output …</c>, as a user types it, with
    /// <c>--trace off</c> unless the run records failure traces (<see cref="RecordsFailureTraces"/>, or
    /// <paramref name="recordsFailureTraces"/> for this run) or <paramref name="args"/> choose a --trace themselves.
    /// </summary>
    public List<string> CommandLine(string command, string[]? args, string outputFolder, string? settingsFile = null, string? selectorsFolder = null,
        bool? recordsFailureTraces = null)
    {
        var all = new List<string> { command };
        all.AddRange(args ?? []);
        all.AddRange(TraceOff(command, args, recordsFailureTraces));
        all.AddRange(["--settings", settingsFile ?? SettingsFile, "--selectors", selectorsFolder ?? RepoPaths.Selectors,
            "--playwright-config", RepoPaths.PlaywrightConfig, "--output", outputFolder]);
        return all;
    }

    /// <summary><c>--trace off</c> for a migrate or demo run that records no failure trace and chose no --trace of its own.</summary>
    public IEnumerable<string> TraceOff(string command, IEnumerable<string>? args, bool? recordsFailureTraces = null) =>
        command is "migrate" or "demo" && !(recordsFailureTraces ?? RecordsFailureTraces) && !(args ?? []).Contains("--trace")
            ? ["--trace", "off"]
            : [];

    /// <summary>The fixture's browser, lent to one run: the robot closes its own contexts, never the browser.</summary>
    private sealed class SharedBrowser(IBrowser browser) : IBrowserLease
    {
        public IBrowser Browser => browser;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Collects what is written and hands each finished line to a callback.</summary>
    private sealed class WatchingWriter(Action<string> onLine) : TextWriter
    {
        private readonly System.Text.StringBuilder all = new();
        private readonly System.Text.StringBuilder line = new();
        private readonly Lock gate = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public string Text { get { lock (gate) return all.ToString(); } }

        public override void Write(char value)
        {
            string? finished = null;
            lock (gate)
            {
                all.Append(value);
                if (value == '\n')
                {
                    finished = line.ToString().TrimEnd('\r');
                    line.Clear();
                }
                else
                {
                    line.Append(value);
                }
            }
            if (finished is not null) onLine(finished);
        }
    }
}
