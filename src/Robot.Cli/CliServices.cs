using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.Application;

namespace Robot.Cli;

/// <summary>A browser the robot may use for one command; disposing ends the robot's use of it.</summary>
public interface IBrowserLease : IAsyncDisposable
{
    IBrowser Browser { get; }
}

/// <summary>
/// What the CLI takes from its surroundings: console writers, the environment, Ctrl-C, the browser. The process uses
/// <see cref="FromProcess"/>; end-to-end tests run the same commands in-process with their own writers and a shared browser.
/// </summary>
public sealed class CliServices
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Reads an environment variable (ROBOT_SANDBOX_COMMAND, CI).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The clock for time stamps and folder names; tests may give a fake one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Fancy output (Spectre.Console tables and colours) when writing to a terminal outside CI.</summary>
    public bool Interactive { get; init; }

    /// <summary>Cancelled on the first Ctrl-C / SIGTERM: the run stops after the connections in hand.</summary>
    public CancellationToken Abort { get; init; }

    /// <summary>Gives the browser; null launches one from playwright.config.json.</summary>
    public Func<PlaywrightSettings, CancellationToken, Task<IBrowserLease>>? Browser { get; init; }

    /// <summary>Where --step reads its Enter from; null is the console.</summary>
    public TextReader? Input { get; init; }

    /// <summary>The folder relative paths and default files are looked up from.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// The configuration for a command, read as this process sees its surroundings (working folder, environment): the one
    /// way commands load it, so none forgets the injected environment.
    /// </summary>
    public RobotConfiguration LoadConfiguration(RunRequest request, Action<RobotSettings>? adjust = null) =>
        RobotConfiguration.Load(request, WorkingDirectory, adjust, Environment);

    public static CliServices FromProcess(CancellationToken abort) => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        Interactive = !Console.IsOutputRedirected && string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("CI"))
            && System.Environment.GetEnvironmentVariable("TERM") is not (null or "" or "dumb"),
        Abort = abort,
    };

    public async Task<IBrowserLease> OpenBrowserAsync(PlaywrightSettings settings, CancellationToken cancellationToken)
    {
        if (Browser is not null) return await Browser(settings, cancellationToken).ConfigureAwait(false);
        var session = await BrowserLauncher.LaunchAsync(settings, cancellationToken).ConfigureAwait(false);
        return new LaunchedBrowser(session);
    }

    private sealed class LaunchedBrowser(BrowserLauncher.Session session) : IBrowserLease
    {
        public IBrowser Browser => session.Browser;

        public ValueTask DisposeAsync() => session.DisposeAsync();
    }
}
