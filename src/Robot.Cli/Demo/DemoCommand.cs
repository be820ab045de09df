using Robot.Application;
using System.Globalization;

namespace Robot.Cli.Demo;

/// <summary>
/// robot demo: starts the rehearsal sandbox as a child process, migrates its connections, prints the summary and
/// the CSV path, and stops the sandbox again (also on failure or Ctrl-C).
/// </summary>
public sealed class DemoCommand(CliServices services)
{
    public static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(90);
    public static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(15);

    public async Task<int> RunAsync(RunRequest request)
    {
        var command = SandboxCommand();
        if (command is null)
        {
            services.Error.WriteLine($"robot: configuration error: {SandboxProcess.CommandVariable} is not set and no built Robot.Sandbox.dll was found; " +
                                     $"set it to the sandbox's command, e.g. 'dotnet /path/to/Robot.Sandbox.dll' (./run.sh demo does)");
            return ExitCodes.UsageOrConfiguration;
        }

        // The demo is for watching and showing: evidence and report.html unless --evidence false.
        request = request with { Evidence = request.Evidence ?? true };

        // Each demo writes into a folder of its own, so its results.csv holds this sandbox's run only.
        if (request.OutputFolder is null)
        {
            var stamp = services.Clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            request = request with { OutputFolder = Path.Combine(DefaultOutputRoot(request), "demo-" + stamp) };
        }

        services.Out.WriteLine("Starting the rehearsal sandbox (Server site, Cloud site, Dovecot) …");
        SandboxProcess sandbox;
        try
        {
            sandbox = SandboxProcess.Start(command, StopDeadline);
        }
        catch (DemoException error)
        {
            services.Error.WriteLine($"robot: {error.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
        int demoExit;
        await using (sandbox.ConfigureAwait(false))
        {
            var (exit, migrated) = await MigrateOnSandboxAsync(sandbox, request).ConfigureAwait(false);
            // A sandbox that never got ready is stopped without a word.
            if (!migrated) return exit;
            services.Out.WriteLine("Stopping the sandbox …");
            demoExit = exit;
        }
        services.Out.WriteLine("Sandbox stopped.");
        return demoExit;
    }

    /// <summary>Waits for the sandbox to be ready, then migrates its connections with its own sites and logins.</summary>
    /// <returns>The exit code, and whether the migration ran (false: the sandbox did not get ready).</returns>
    private async Task<(int Exit, bool Migrated)> MigrateOnSandboxAsync(SandboxProcess sandbox, RunRequest request)
    {
        SandboxUrlsFile urls;
        try
        {
            urls = await sandbox.WaitUntilReadyAsync(StartDeadline, services.Abort).ConfigureAwait(false);
        }
        catch (DemoException error)
        {
            services.Error.WriteLine($"robot: {error.Message}");
            return (ExitCodes.UsageOrConfiguration, false);
        }
        catch (OperationCanceledException) when (services.Abort.IsCancellationRequested)
        {
            services.Error.WriteLine("robot: stopped before the sandbox was ready");
            return (ExitCodes.Aborted, false);
        }
        services.Out.WriteLine($"Sandbox ready: Server {urls.Server}  Cloud {urls.Cloud}  (sandbox pid {sandbox.ProcessId})");

        var exit = await new RobotCommands(services).MigrateAsync(request with
        {
            // The sandbox's own sites and logins; its passwords go straight into the settings object, never onto a command line.
            SettingsOverridesExtra =
            [
                new("Server:BaseUrl", urls.Server), new("Server:Username", urls.ServerLogin.User),
                new("Cloud:BaseUrl", urls.Cloud), new("Cloud:Email", urls.CloudLogin.User),
            ],
        }, settings =>
        {
            settings.Server.Password = urls.ServerLogin.Password;
            settings.Cloud.Password = urls.CloudLogin.Password;
            DemoMail.Configure(settings, urls, request);
        }).ConfigureAwait(false);
        return (exit, true);
    }

    /// <summary>ROBOT_SANDBOX_COMMAND, else the sandbox built next to this repository's robot (src/Robot.Sandbox/bin/…).</summary>
    private string? SandboxCommand()
    {
        var configured = services.Environment(SandboxProcess.CommandVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var robotFolder = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        // .../src/Robot.Cli/bin/<Configuration>/<tfm>  →  .../src/Robot.Sandbox/bin/<Configuration>/<tfm>/Robot.Sandbox.dll
        var tfm = new DirectoryInfo(robotFolder);
        var configuration = tfm.Parent;
        var src = configuration?.Parent?.Parent?.Parent;
        if (src is null || configuration is null) return null;
        var candidate = Path.Combine(src.FullName, "Robot.Sandbox", "bin", configuration.Name, tfm.Name, "Robot.Sandbox.dll");
        return File.Exists(candidate) ? $"dotnet \"{candidate}\"" : null;
    }

    /// <summary>The configured output folder (robot.settings.json "Output"), or ./out when the settings cannot be read yet.</summary>
    private string DefaultOutputRoot(RunRequest request)
    {
        try
        {
            var settingsFile = request.SettingsFile is null
                ? RobotConfiguration.DefaultSettingsFile(services.WorkingDirectory)
                : Path.GetFullPath(request.SettingsFile, services.WorkingDirectory);
            return Robot.Adapters.Configuration.RobotSettingsLoader.Load(settingsFile).OutputFolder;
        }
        catch (Robot.Adapters.Configuration.ConfigurationException)
        {
            return Path.Combine(services.WorkingDirectory, "out");
        }
    }
}
