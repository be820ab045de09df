using System.Diagnostics;
using Robot.Adapters.Browser;
using Robot.Domain;

namespace Robot.Adapters.Probe;

/// <summary>
/// Walks both sites at once, each in a browser context of its own, over every kind of <see cref="ProbeKind.All"/>, and
/// gathers what was found. Never saves anything: panels are closed with Cancel, Test Connection and Save are never clicked.
/// </summary>
public sealed class ProbeRunner(ProbeWalkOptions options, ProbeSite server, ProbeSite cloud, MappingRules rules)
{
    private readonly Lock gate = new();
    private readonly List<string> failures = [];

    public async Task<ProbeReport> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var kinds = ProbeKind.All;
        var gaps = new ProbeGaps();
        var panels = new ServerPanelProbe(kinds, gaps, rules.EncryptionMap.Keys.ToList());
        var addPanel = new CloudAddPanelProbe(kinds, rules.ServiceProviders, rules.EncryptionMap.Values.ToList(), gaps);
        var serverWalk = new ServerProbe(options, server, kinds, panels);
        await using var serverWalkDisposal = serverWalk.ConfigureAwait(false);
        var cloudWalk = new CloudProbe(options, cloud, kinds, addPanel);
        await using var cloudWalkDisposal = cloudWalk.ConfigureAwait(false);
        await Task.WhenAll(GuardAsync(serverWalk), GuardAsync(cloudWalk)).ConfigureAwait(false);
        var sample = serverWalk.Sample;
        return new ProbeReport(
            [.. serverWalk.Sheet.Lines(), .. cloudWalk.Sheet.Lines()],
            gaps.All(),
            failures.ToList(),
            addPanel.Shown,
            sample,
            sample is null ? null : new ConnectionMapper(rules).Map(sample),
            clock.Elapsed);
    }

    private async Task GuardAsync(SiteWalk walk)
    {
        try
        {
            await walk.WalkAsync().ConfigureAwait(false);
        }
        catch (ProbeStoppedException stopped)
        {
            // The key that stopped it is recorded as not found (with its screenshot); the rest was not reached.
            walk.Sheet.StoppedAt(stopped.Step);
        }
        catch (ProbeLoginException refused)
        {
            Fail(walk, $"login failed: {refused.Message}");
        }
        catch (Exception error) when (PageGuard.IsMachineryFault(error))
        {
            var shot = await walk.ShotAsync("stopped").ConfigureAwait(false);
            Fail(walk, $"stopped at '{walk.Step}': {PageGuard.Short(error)}{(shot.Length > 0 ? $" (screenshot: {shot})" : "")}");
        }
    }

    private void Fail(SiteWalk walk, string message)
    {
        walk.Sheet.StoppedAt(walk.Step);
        lock (gate) failures.Add($"{walk.Sheet.Site}: {message}");
    }
}
