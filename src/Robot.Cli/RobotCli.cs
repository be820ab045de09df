using Robot.Application;
using System.CommandLine;
using Robot.Cli.Commands;
using Robot.Cli.Demo;

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

    /// <param name="settingArgs">Settings given as --Section:Key=value (see <see cref="SettingArguments"/>).</param>
    public static RootCommand Build(CliServices services, IReadOnlyList<KeyValuePair<string, string?>>? settingArgs = null)
    {
        var o = new CliOptions();
        RunRequest Request(ParseResult r) => o.Request(r, settingArgs);
        Command Robot(string name, string description, IEnumerable<Option> options, Func<RobotCommands, RunRequest, Task<int>> run) =>
            Make(name, description, o.SiteCommon.Concat(options), (r, _) => run(new RobotCommands(services), Request(r)));

        var root = new RootCommand("Migrates every Incoming Mail Connection of Email This Issue from Jira Server / Data Center to Jira Cloud by driving Chromium along the documented steps. " +
                                   "Any setting of robot.settings.json can be given as --Section:Key=value (e.g. --Server:BaseUrl=https://jira.example.com/). " +
                                   "Exit codes: 0 all migrated, updated or already there; 1 some need attention; 2 usage or configuration error (nothing touched); 3 stopped.");
        root.Subcommands.Add(Robot("inventory", "Read every Incoming Mail Connection on the Server (all pages, every field) and write inventory.csv; passwords are not written",
            [], (commands, request) => commands.InventoryAsync(request)));
        root.Subcommands.Add(Robot("plan", "Dry run: inventory plus the Cloud read-only; write plan.csv with each connection's decision and reason; change nothing",
            [o.Only, o.UpdateExisting, o.Preflight, o.Shard, o.Workers], (commands, request) => commands.PlanAsync(request)));
        root.Subcommands.Add(Make("migrate", "Carry the plan out on Cloud (Add, fill, Test Connection, Save, confirm) and write results.csv row by row",
            o.SiteCommon.Concat([o.Only, o.Kind, o.UpdateExisting, o.Enable, o.SaveOnTestFailure, o.Resume, o.Workers, o.Preflight, o.Shard, o.SendTestEmail, o.Evidence, o.StepThrough, o.Trace, o.ProbeFirst]),
            (r, _) => r.GetValue(o.ProbeFirst)
                ? new ProbeCommand(services).ThenAsync(Request(r), () => new RobotCommands(services).MigrateAsync(Request(r)))
                : new RobotCommands(services).MigrateAsync(Request(r))));
        root.Subcommands.Add(Make("probe", "Walk every page and panel a migration uses on both sites, check every selector key and value map, write probe.csv; save nothing (exit 0 all found, 1 ambiguous or a value-map gap, 2 not found or a login failed)",
            o.Common, (r, _) => new ProbeCommand(services).RunAsync(Request(r))));
        root.Subcommands.Add(Make("demo", $"Start the rehearsal sandbox ({SandboxProcess.CommandVariable}), migrate its connections, print the summary and the CSV path, stop the sandbox",
            o.Common.Concat([o.Only, o.Kind, o.UpdateExisting, o.Enable, o.SaveOnTestFailure, o.Workers, o.Preflight, o.SendTestEmail, o.Evidence, o.StepThrough, o.Trace]),
            (r, _) => new DemoCommand(services).RunAsync(Request(r))));

        var report = new Command("report", "Write report.html again from results.csv and the evidence folder of the output folder (no browser)");
        foreach (var option in new Option[] { o.Settings, o.Output }) report.Options.Add(option);
        report.SetAction(r => new RobotCommands(services).RegenerateReport(Request(r)));
        root.Subcommands.Add(report);
        root.Subcommands.Add(MergeCommand.Build(services, o.Output));
        root.Subcommands.Add(Robot("mailcheck", "Send a test email through the MailCheck:Smtp relay to every password connection's mailbox and confirm it arrived; changes nothing on either site",
            [o.Only], (commands, request) => commands.MailcheckAsync(request)));
        root.Subcommands.Add(Robot("verify", "Read every Cloud connection back through its Edit panel, compare it with the Server field by field and write verify.csv (exit 1 on any difference)",
            [o.Only, o.VerifyAll], (commands, request) => commands.VerifyAsync(request)));
        root.Subcommands.Add(LoginCommand.Build(services, o.Settings, o.Selectors, o.Playwright));
        return root;
    }

    private static Command Make(string name, string description, IEnumerable<Option> options, Func<ParseResult, CancellationToken, Task<int>> action)
    {
        var command = new Command(name, description);
        foreach (var option in options) command.Options.Add(option);
        command.SetAction(action);
        return command;
    }
}
