using System.Globalization;
using System.Runtime.InteropServices;
using Robot.Bench;
using Spectre.Console;

// ./run.sh bench [--connections LIST] [--workers LIST] [--floors LIST] [--output DIR]: exit 0 all runs migrated everything, 1 a run
// failed, 2 usage, 3 stopped (Ctrl-C / SIGTERM; the robot and the sandbox are stopped first).
if (args.Length == 4 && args[0] == LeanUiFloor.Command)
{
    // The lean UI floor, started by the bench in a process of its own so that it is measured as the robot is.
    try
    {
        return await LeanUiFloor.ChildMainAsync(args[1..]);
    }
    catch (Exception e) when (e is Microsoft.Playwright.PlaywrightException or TimeoutException or BenchFailure or IOException or System.Text.Json.JsonException)
    {
        Console.Error.WriteLine($"lean UI floor: {e.Message}");
        return 1;
    }
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (BenchHelpRequested)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}
catch (BenchUsageException e)
{
    Console.Error.WriteLine($"bench: {e.Message}\n{BenchOptions.Usage}");
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });

// Into a file or a pipe the tables keep their columns instead of folding to 80 characters.
if (Console.IsOutputRedirected) AnsiConsole.Console.Profile.Width = 200;
var report = new BenchReport(AnsiConsole.Console);
try
{
    var repo = RepoPaths.Locate();
    var clock = TimeProvider.System;
    var stamp = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
    var output = Path.GetFullPath(options.Output ?? Path.Combine(repo.Root, "out", "bench-" + stamp));
    return await new BenchRunner(options, repo, report, clock).RunAsync(output, stop.Token);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("bench: stopped; the robot and the sandbox were stopped");
    return 3;
}
catch (BenchFailure e)
{
    Console.Error.WriteLine($"bench: {e.Message}");
    return 1;
}
catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or System.Text.Json.JsonException)
{
    // The sandbox stopped answering or a file could not be read: the sandbox is already stopped (await using).
    Console.Error.WriteLine($"bench: failed: {e.Message}");
    return 1;
}
