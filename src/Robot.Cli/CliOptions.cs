using System.CommandLine;
using Robot.Application;

namespace Robot.Cli;

/// <summary>The robot's command-line options, each described once; commands take the ones they know.</summary>
internal sealed class CliOptions
{
    public CliOptions()
    {
        Settings = new Option<string>("--settings") { Description = "robot.settings.json to use (default: the nearest one from the current folder up, else the robot's own)", HelpName = "FILE" };
        Output = new Option<string>("--output") { Description = "Folder for inventory.csv, plan.csv, results.csv and evidence (default: Output in the settings)", HelpName = "DIR" };
        Selectors = new Option<string>("--selectors") { Description = "Folder holding server.json and cloud.json (default: selectors/ next to the settings)", HelpName = "DIR" };
        Playwright = new Option<string>("--playwright-config") { Description = "playwright.config.json to use (default: next to the settings)", HelpName = "FILE" };
        Headed = new Option<bool>("--headed") { Description = "Show the browser window (QA replay)" };
        SlowMo = new Option<int?>("--slow-mo") { Description = "Slow every browser action down by MS milliseconds (QA replay)", HelpName = "MS" };
        SlowMo.Validators.Add(result =>
        {
            if (WholeNumber(result) is < 0 or > 60_000) result.AddError("--slow-mo must be 0-60000");
        });
        Verbose = new Option<bool>("--verbose", "-v") { Description = "Print every step in the words of the guide (to stderr)" };
        Only = new Option<string[]>("--only")
        {
            Description = "Only connections with this name; * and ? are wildcards; repeat for several",
            HelpName = "NAME",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        Kind = new Option<string[]>("--kind")
        {
            Description = "Only this kind: incoming-mail-connections, or oauth2-credentials (every credential --only names); default both, credentials first",
            HelpName = "KIND",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        Kind.AcceptOnlyFromAmong(Robot.Domain.Kinds.IncomingMailConnections.Word, Robot.Domain.Kinds.OAuth2.OAuth2Credentials.Word);
        UpdateExisting = new Option<bool>("--update-existing") { Description = "Edit connections already on Cloud until they match the Server" };
        Enable = new Option<bool>("--enable")
        {
            Description = "After Save, enable each connection whose Test Connection passed (the Cloud creates them disabled); its first poll downloads every message in its folder",
        };
        SaveOnTestFailure = new Option<bool>("--save-on-test-failure") { Description = "Save even when Test Connection fails (the CSV says so)" };
        Resume = new Option<bool>("--resume") { Description = "Skip connections that an earlier run in the same output folder finished" };
        Workers = new Option<int?>("--workers") { Description = $"Connections written at once, each in its own browser page (1-{RobotCli.MaxWorkers})", HelpName = "N" };
        Workers.Validators.Add(result =>
        {
            if (WholeNumber(result) is { } n && n is < 1 or > RobotCli.MaxWorkers) result.AddError($"--workers must be 1-{RobotCli.MaxWorkers}, not {n}");
        });

        Shard = new Option<string>("--shard") { Description = "Only share K of N of the connections (a stable hash of the name), so N machines can run one migration; join their results with merge", HelpName = "K/N" };
        Shard.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && Robot.Domain.Shard.TryParse(result.Tokens[0].Value, out var error) is null) result.AddError(error);
        });
        WsEndpoint = new Option<string>("--ws-endpoint") { Description = "Drive the browser of a Playwright browser server at this ws:// URL instead of starting Chromium (WsEndpoint in playwright.config.json)", HelpName = "URL" };

        Preflight = new Option<bool>("--preflight") { Description = "Log in to each password connection's mailbox first; one that fails (network, tls, authentication) is not created unless --save-on-test-failure" };
        SendTestEmail = new Option<bool>("--send-test-email") { Description = "After each Save, send a test email through the MailCheck:Smtp relay and confirm it arrived (results.csv mail_check, mail_latency_ms)" };
        VerifyAll = new Option<bool>("--all") { Description = "Verify every Server connection, not only those results.csv says are done" };

        Evidence = new Option<bool?>("--evidence") { Description = "Keep screenshots (passwords masked) and fields of every connection under evidence/ for report.html (default: on for demo, off for migrate)" };
        Trace = new Option<string>("--trace") { Description = "on-failure (default): keep a Playwright trace of each connection that fails, passwords masked, as evidence/NAME/trace.zip; off: record none", HelpName = "on-failure|off" };
        Trace.AcceptOnlyFromAmong("on-failure", "off");
        StepThrough = new Option<bool>("--step") { Description = "Wait for Enter before each documented step of the guide (QA replay; use with --headed)" };
    }

    public Option<string> Settings { get; }

    public Option<string> Output { get; }

    public Option<string> Selectors { get; }

    public Option<string> Playwright { get; }

    public Option<bool> Headed { get; }

    public Option<int?> SlowMo { get; }

    public Option<bool> Verbose { get; }

    public Option<string[]> Only { get; }

    public Option<string[]> Kind { get; }

    public Option<bool> UpdateExisting { get; }

    public Option<bool> Enable { get; }

    public Option<bool> SaveOnTestFailure { get; }

    public Option<bool> Resume { get; }

    public Option<int?> Workers { get; }

    public Option<string> Shard { get; }

    public Option<string> WsEndpoint { get; }

    public Option<bool> Preflight { get; }

    public Option<bool> SendTestEmail { get; }

    public Option<bool> VerifyAll { get; }

    public Option<bool?> Evidence { get; }

    public Option<string> Trace { get; }

    public Option<bool> StepThrough { get; }

    public Option<bool> ProbeFirst { get; } = new("--probe") { Description = "Run probe first (every page and selector, nothing saved); stop before anything is written when it exits 2" };

    public Option<string[]> SessionFile { get; } = new("--session-file")
    {
        Description = "Enter a site through a session saved by `robot login` instead of its password (each file names its site); repeat for both",
        HelpName = "PATH",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The options every command that drives a browser takes.</summary>
    public Option[] Common => [Settings, Output, Selectors, Playwright, Headed, SlowMo, Verbose, WsEndpoint];

    /// <summary>The common options and --session-file: the commands that log in to both sites the way migrate does.</summary>
    public Option[] SiteCommon => [.. Common, SessionFile];

    /// <summary>The option's number, or null when it is absent or not a number (the parser reports that itself).</summary>
    private static int? WholeNumber(System.CommandLine.Parsing.OptionResult result) =>
        result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>What the parsed command line asks for; <paramref name="settingArgs"/> are the --Section:Key=value settings.</summary>
    public RunRequest Request(ParseResult r, IReadOnlyList<KeyValuePair<string, string?>>? settingArgs) => new()
    {
        SettingsFile = r.GetValue(Settings),
        OutputFolder = r.GetValue(Output),
        SelectorsFolder = r.GetValue(Selectors),
        PlaywrightConfig = r.GetValue(Playwright),
        Headed = r.GetValue(Headed),
        SlowMoMs = r.GetValue(SlowMo),
        Verbose = r.GetValue(Verbose),
        Evidence = r.GetResult(Evidence) is null ? null : r.GetValue(Evidence),
        StepThrough = r.GetResult(StepThrough) is not null && r.GetValue(StepThrough),
        TraceOnFailure = r.GetResult(Trace) is null || r.GetValue(Trace) != "off",
        Only = r.GetResult(Only) is null ? [] : r.GetValue(Only) ?? [],
        Kinds = r.GetResult(Kind) is null ? [] : r.GetValue(Kind) ?? [],
        UpdateExisting = r.GetResult(UpdateExisting) is not null && r.GetValue(UpdateExisting),
        Enable = r.GetResult(Enable) is not null && r.GetValue(Enable),
        SaveOnTestFailure = r.GetResult(SaveOnTestFailure) is not null && r.GetValue(SaveOnTestFailure),
        Resume = r.GetResult(Resume) is not null && r.GetValue(Resume),
        Workers = r.GetResult(Workers) is null ? null : r.GetValue(Workers),
        Shard = r.GetResult(Shard) is null ? Robot.Domain.Shard.All : Robot.Domain.Shard.TryParse(r.GetValue(Shard), out _) ?? Robot.Domain.Shard.All,
        WsEndpoint = r.GetResult(WsEndpoint) is null ? null : r.GetValue(WsEndpoint),
        Preflight = r.GetResult(Preflight) is not null && r.GetValue(Preflight),
        SendTestEmail = r.GetResult(SendTestEmail) is not null && r.GetValue(SendTestEmail),
        VerifyAll = r.GetResult(VerifyAll) is not null && r.GetValue(VerifyAll),
        CommandLineSettings = settingArgs ?? [],
        SessionFiles = r.GetResult(SessionFile) is null ? [] : r.GetValue(SessionFile) ?? [],
    };
}
