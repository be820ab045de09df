using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;

namespace Robot.Bench;

/// <summary>What the lean UI floor took, how many of the connections it wrote are on Cloud, and its CPU and memory.</summary>
public sealed record LeanResult(TimeSpan Wall, int Created, IReadOnlyList<string> Problems, RunCpu Cpu, MemoryPeaks Memory);

/// <summary>
/// The lean UI floor: the fewest Playwright calls doing the robot's clicks and fills on the same pages, in a process of
/// its own (this bench's program, <c>lean-ui-floor</c>), so it is measured as the robot is (its .NET client, Playwright's
/// driver and Chromium from /proc). The same browser settings (playwright.config.json) and selectors; one context per
/// site with a page per worker, as the robot; the Server read first, then the Cloud written. Afterwards the bench asks
/// the Cloud's API whether every connection is there: the floor itself checks nothing.
/// </summary>
public static class LeanUiFloor
{
    public const string Command = "lean-ui-floor";

    public static async Task<LeanResult> RunAsync(string urlsFile, SandboxUrls urls, IReadOnlyList<BenchConnection> connections, int workers,
        string folder, TimeProvider clock, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var own = typeof(LeanUiFloor).Assembly.Location;
        var info = SampledChild.StartInfo(own, Path.GetDirectoryName(own)!,
            [Command, urlsFile, connections.Count.ToString(CultureInfo.InvariantCulture), workers.ToString(CultureInfo.InvariantCulture)]);
        var run = await SampledChild.RunAsync(info, Path.Combine(folder, "lean-ui-floor.log"), clock, cancellationToken).ConfigureAwait(false);

        var problems = new List<string>();
        if (run.ExitCode != 0) problems.Add($"the lean UI floor exited with {run.ExitCode}: see {Path.Combine(folder, "lean-ui-floor.log")}");
        using var http = HttpCloudSession.Client(1);
        var cloud = new HttpCloudSession(http, urls);
        var refused = await cloud.LogInAsync(cancellationToken).ConfigureAwait(false);
        if (refused is not null) problems.Add(refused);
        var names = refused is null ? (await cloud.NamesAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal) : [];
        var created = connections.Count(c => names.Contains(c.Name));
        return new LeanResult(run.Wall, created, problems, run.Cpu, run.Memory);
    }

    /// <summary>The child: <c>lean-ui-floor URLS_FILE COUNT WORKERS</c>; exit 0 when every call returned, 1 otherwise.</summary>
    public static async Task<int> ChildMainAsync(IReadOnlyList<string> args)
    {
        var urls = JsonSerializer.Deserialize<SandboxUrls>(await File.ReadAllTextAsync(args[0]).ConfigureAwait(false),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? throw new BenchFailure($"{args[0]} is empty");
        var connections = SeedGenerator.Connections(int.Parse(args[1], CultureInfo.InvariantCulture));
        var workers = int.Parse(args[2], CultureInfo.InvariantCulture);
        var repo = RepoPaths.Locate();
        var settings = PlaywrightSettingsLoader.Load(repo.PlaywrightConfig);
        var server = new LeanServerReader(LeanServerReader.Load(repo.Selectors), urls, settings.TimeoutMs);
        var cloud = new LeanCloudWriter(LeanCloudWriter.Load(repo.Selectors), urls, settings.TimeoutMs);

        var clock = Stopwatch.StartNew();
        await using var session = await BrowserLauncher.LaunchAsync(settings).ConfigureAwait(false);
        Console.WriteLine($"browser up: {clock.Elapsed.TotalSeconds:0.00} s");

        var serverContext = await BrowserLauncher.NewContextAsync(session.Browser, settings, blockHeavyResources: true).ConfigureAwait(false);
        var serverPages = await PagesAsync(serverContext, workers).ConfigureAwait(false);
        var listUrl = await server.LogInAsync(serverPages[0]).ConfigureAwait(false);
        var read = await Task.WhenAll(serverPages.Select((page, share) => server.ReadShareAsync(page, listUrl, share, workers))).ConfigureAwait(false);
        await serverContext.CloseAsync().ConfigureAwait(false);
        Console.WriteLine($"Server read: {read.Sum()} panels at {clock.Elapsed.TotalSeconds:0.00} s");

        var cloudContext = await BrowserLauncher.NewContextAsync(session.Browser, settings, blockHeavyResources: true).ConfigureAwait(false);
        var cloudPages = await PagesAsync(cloudContext, workers).ConfigureAwait(false);
        await cloud.LogInAsync(cloudPages[0]).ConfigureAwait(false);
        var queue = new ConcurrentQueue<BenchConnection>(connections);
        await Task.WhenAll(cloudPages.Select(async page =>
        {
            await cloud.OpenListAsync(page).ConfigureAwait(false);
            while (queue.TryDequeue(out var connection)) await cloud.WriteAsync(page, connection).ConfigureAwait(false);
        })).ConfigureAwait(false);
        await cloudContext.CloseAsync().ConfigureAwait(false);
        Console.WriteLine($"Cloud written: {connections.Count} at {clock.Elapsed.TotalSeconds:0.00} s");
        return 0;
    }

    private static async Task<Microsoft.Playwright.IPage[]> PagesAsync(Microsoft.Playwright.IBrowserContext context, int count)
    {
        var pages = new Microsoft.Playwright.IPage[count];
        for (var i = 0; i < count; i++) pages[i] = await context.NewPageAsync().ConfigureAwait(false);
        return pages;
    }
}
