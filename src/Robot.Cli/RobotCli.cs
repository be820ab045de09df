using System.CommandLine;
using Robot.Cli.Demo;
using Robot.Runner;

namespace Robot.Cli;

/// <summary>The robot's command line: inventory, plan, migrate, demo. Exit codes: see <see cref="ExitCodes"/>.</summary>
public static class RobotCli
{
    public const int MaxWorkers = 32;

    public static async Task<int> RunAsync(string[] args, CliServices services)
    {
        var (settingArgs, rest) = SettingArguments.Split(args);
        var root = Build(services, settingArgs);
        var parsed = root.Parse(rest);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in parsed.Errors) services.Error.WriteLine($"robot: {ParseErrorWords.Readable(error.Message)}");
            services.Error.WriteLine($"robot: usage error; see 'robot {parsed.CommandResult.Command.Name} --help'".Replace("robot robot", "robot", StringComparison.Ordinal));
            return ExitCodes.UsageOrConfiguration;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration
        {
            Output = services.Out,
            Error = services.Error,
            // Ctrl-C and SIGTERM are handled by AbortSignal: the connection in hand is finished first.
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = true,
        }, services.Abort).ConfigureAwait(false);
    }

    /// <summary>The option's number, or null when it is absent or not a number (the parser reports that itself).</summary>
    private static int? WholeNumber(System.CommandLine.Parsing.OptionResult result) =>
        result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <param name="settingArgs">Settings given as --Section:Key=value (see <see cref="SettingArguments"/>).</param>
    public static RootCommand Build(CliServices services, IReadOnlyList<KeyValuePair<string, string?>>? settingArgs = null)
    {
        var settings = new Option<string>("--settings") { Description = "robot.settings.json to use (default: the nearest one from the current folder up, else the robot's own)", HelpName = "FILE" };
        var output = new Option<string>("--output") { Description = "Folder for inventory.csv, plan.csv, results.csv and evidence (default: Output in the settings)", HelpName = "DIR" };
        var selectors = new Option<string>("--selectors") { Description = "Folder holding server.json and cloud.json (default: selectors/ next to the settings)", HelpName = "DIR" };
        var playwright = new Option<string>("--playwright-config") { Description = "playwright.config.json to use (default: next to the settings)", HelpName = "FILE" };
        var headed = new Option<bool>("--headed") { Description = "Show the browser window (QA replay)" };
        var slowMo = new Option<int?>("--slow-mo") { Description = "Slow every browser action down by MS milliseconds (QA replay)", HelpName = "MS" };
        slowMo.Validators.Add(result =>
        {
            if (WholeNumber(result) is < 0 or > 60_000) result.AddError("--slow-mo must be 0-60000");
        });
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print every step in the words of the guide (to stderr)" };
        var only = new Option<string[]>("--only")
        {
            Description = "Only connections with this name; * and ? are wildcards; repeat for several",
            HelpName = "NAME",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var updateExisting = new Option<bool>("--update-existing") { Description = "Edit connections already on Cloud until they match the Server" };
        var saveOnTestFailure = new Option<bool>("--save-on-test-failure") { Description = "Save even when Test Connection fails (the CSV says so)" };
        var resume = new Option<bool>("--resume") { Description = "Skip connections that an earlier run in the same output folder finished" };
        var workers = new Option<int?>("--workers") { Description = $"Connections written at once, each in its own browser page (1-{MaxWorkers})", HelpName = "N" };
        workers.Validators.Add(result =>
        {
            if (WholeNumber(result) is { } n && n is < 1 or > MaxWorkers) result.AddError($"--workers must be 1-{MaxWorkers}, not {n}");
        });

        var shard = new Option<string>("--shard") { Description = "Only share K of N of the connections (a stable hash of the name), so N machines can run one migration; join their results with merge", HelpName = "K/N" };
        shard.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && Robot.Domain.Shard.TryParse(result.Tokens[0].Value, out var error) is null) result.AddError(error);
        });
        var wsEndpoint = new Option<string>("--ws-endpoint") { Description = "Drive the browser of a Playwright browser server at this ws:// URL instead of starting Chromium (WsEndpoint in playwright.config.json)", HelpName = "URL" };

        var preflight = new Option<bool>("--preflight") { Description = "Log in to each password connection's mailbox first; one that fails (network, tls, authentication) is not created unless --save-on-test-failure" };
        var sendTestEmail = new Option<bool>("--send-test-email") { Description = "After each Save, send a test email through the MailCheck:Smtp relay and confirm it arrived (results.csv mail_check, mail_latency_ms)" };
        var verifyAll = new Option<bool>("--all") { Description = "Verify every Server connection, not only those results.csv says are done" };

        var evidence = new Option<bool?>("--evidence") { Description = "Keep screenshots (passwords masked) and fields of every connection under evidence/ for report.html (default: on for demo, off for migrate)" };
        var trace = new Option<string>("--trace") { Description = "on-failure (default): keep a Playwright trace of each connection that fails, passwords masked, as evidence/NAME/trace.zip; off: record none", HelpName = "on-failure|off" };
        trace.AcceptOnlyFromAmong("on-failure", "off");
        var sessionFile = new Option<string[]>("--session-file")
        {
            Description = "Enter a site through a session saved by `robot login` instead of its password (each file names its site); repeat for both",
            HelpName = "PATH",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var stepThrough = new Option<bool>("--step") { Description = "Wait for Enter before each documented step of the guide (QA replay; use with --headed)" };

        Option[] common = [settings, output, selectors, playwright, headed, slowMo, verbose, wsEndpoint];
        Option[] siteCommon = [.. common, sessionFile];

        RunRequest Request(ParseResult r) => new()
        {
            SettingsFile = r.GetValue(settings),
            OutputFolder = r.GetValue(output),
            SelectorsFolder = r.GetValue(selectors),
            PlaywrightConfig = r.GetValue(playwright),
            Headed = r.GetValue(headed),
            SlowMoMs = r.GetValue(slowMo),
            Verbose = r.GetValue(verbose),
            Evidence = r.GetResult(evidence) is null ? null : r.GetValue(evidence),
            StepThrough = r.GetResult(stepThrough) is not null && r.GetValue(stepThrough),
            TraceOnFailure = r.GetResult(trace) is null || r.GetValue(trace) != "off",
            Only = r.GetResult(only) is null ? [] : r.GetValue(only) ?? [],
            UpdateExisting = r.GetResult(updateExisting) is not null && r.GetValue(updateExisting),
            SaveOnTestFailure = r.GetResult(saveOnTestFailure) is not null && r.GetValue(saveOnTestFailure),
            Resume = r.GetResult(resume) is not null && r.GetValue(resume),
            Workers = r.GetResult(workers) is null ? null : r.GetValue(workers),
            Shard = r.GetResult(shard) is null ? Robot.Domain.Shard.All : Robot.Domain.Shard.TryParse(r.GetValue(shard), out _) ?? Robot.Domain.Shard.All,
            WsEndpoint = r.GetResult(wsEndpoint) is null ? null : r.GetValue(wsEndpoint),
            Preflight = r.GetResult(preflight) is not null && r.GetValue(preflight),
            SendTestEmail = r.GetResult(sendTestEmail) is not null && r.GetValue(sendTestEmail),
            VerifyAll = r.GetResult(verifyAll) is not null && r.GetValue(verifyAll),
            CommandLineSettings = settingArgs ?? [],
            SessionFiles = r.GetResult(sessionFile) is null ? [] : r.GetValue(sessionFile) ?? [],
        };

        var inventory = new Command("inventory", "Read every Incoming Mail Connection on the Server (all pages, every field) and write inventory.csv; passwords are not written");
        foreach (var option in siteCommon) inventory.Options.Add(option);
        inventory.SetAction((r, _) => new RobotCommands(services).InventoryAsync(Request(r)));

        var plan = new Command("plan", "Dry run: inventory plus the Cloud read-only; write plan.csv with each connection's decision and reason; change nothing");
        foreach (var option in siteCommon) plan.Options.Add(option);
        plan.Options.Add(only);
        plan.Options.Add(updateExisting);
        plan.Options.Add(preflight);
        plan.Options.Add(shard);
        plan.Options.Add(workers);
        plan.SetAction((r, _) => new RobotCommands(services).PlanAsync(Request(r)));

        var migrate = new Command("migrate", "Carry the plan out on Cloud (Add, fill, Test Connection, Save, confirm) and write results.csv row by row");
        foreach (var option in siteCommon) migrate.Options.Add(option);
        foreach (var option in new Option[] { only, updateExisting, saveOnTestFailure, resume, workers }) migrate.Options.Add(option);
        migrate.Options.Add(preflight);
        migrate.Options.Add(shard);
        migrate.Options.Add(sendTestEmail);
        migrate.Options.Add(evidence);
        migrate.Options.Add(stepThrough);
        migrate.Options.Add(trace);
        migrate.SetAction((r, _) => new RobotCommands(services).MigrateAsync(Request(r)));

        var demo = new Command("demo", $"Start the rehearsal sandbox ({SandboxProcess.CommandVariable}), migrate its connections, print the summary and the CSV path, stop the sandbox");
        foreach (var option in common) demo.Options.Add(option);
        foreach (var option in new Option[] { only, updateExisting, saveOnTestFailure, workers }) demo.Options.Add(option);
        demo.Options.Add(preflight);
        demo.Options.Add(sendTestEmail);
        demo.Options.Add(evidence);
        demo.Options.Add(stepThrough);
        demo.Options.Add(trace);
        demo.SetAction((r, _) => new DemoCommand(services).RunAsync(Request(r)));

        var mailcheck = new Command("mailcheck", "Send a test email through the MailCheck:Smtp relay to every password connection's mailbox and confirm it arrived; changes nothing on either site");
        foreach (var option in common) mailcheck.Options.Add(option);
        mailcheck.Options.Add(only);
        mailcheck.SetAction((r, _) => new RobotCommands(services).MailcheckAsync(Request(r)));

        var verify = new Command("verify", "Read every Cloud connection back through its Edit panel, compare it with the Server field by field and write verify.csv (exit 1 on any difference)");
        foreach (var option in siteCommon) verify.Options.Add(option);
        verify.Options.Add(only);
        verify.Options.Add(verifyAll);
        verify.SetAction((r, _) => new RobotCommands(services).VerifyAsync(Request(r)));

        var root = new RootCommand("Migrates every Incoming Mail Connection of Email This Issue from Jira Server / Data Center to Jira Cloud by driving Chromium along the documented steps. " +
                                   "Any setting of robot.settings.json can be given as --Section:Key=value (e.g. --Server:BaseUrl=https://jira.example.com/). " +
                                   "Exit codes: 0 all migrated, updated or already there; 1 some need attention; 2 usage or configuration error (nothing touched); 3 stopped.");
        root.Subcommands.Add(inventory);
        root.Subcommands.Add(plan);
        root.Subcommands.Add(migrate);
        root.Subcommands.Add(demo);

        var report = new Command("report", "Write report.html again from results.csv and the evidence folder of the output folder (no browser)");
        foreach (var option in new Option[] { settings, output }) report.Options.Add(option);
        report.SetAction(r => new RobotCommands(services).RegenerateReport(Request(r)));
        root.Subcommands.Add(report);
        root.Subcommands.Add(MergeCommand.Build(services, output));
        root.Subcommands.Add(mailcheck);
        root.Subcommands.Add(verify);
        root.Subcommands.Add(LoginCommand.Build(services, settings, selectors, playwright));
        return root;
    }
}
