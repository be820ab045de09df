using Robot.Adapters.Browser;
using Robot.Domain;

namespace Robot.Cli;

/// <summary>Opening the sites: every site a command needs is logged in to at once, before anything is read.</summary>
public sealed partial class RobotCommands
{
    /// <summary>
    /// The Server's pages for this command (one per worker, sharing one login), logged in at the same time as
    /// <paramref name="cloud"/> (when given). A refused login or an unreachable site stops the command here, before
    /// any connection is read (<see cref="SiteUnavailableException"/>).
    /// </summary>
    /// <param name="skip">Names not to read (done by an earlier run), compared without case.</param>
    private async Task<ParallelServerReader> OpenServerAsync(RobotConfiguration config, IBrowserLease browser, RunRequest request,
        IReadOnlySet<string>? skip = null, PlaywrightCloudSite? cloud = null)
    {
        var login = config.ServerLogin();
        Func<string, bool>? include = request.Only.Count == 0 && (skip is null || skip.Count == 0) && request.Shard.IsAll
            ? null
            : name => NameGlob.MatchesAny(request.Only, name) && (skip is null || !skip.Contains(name)) && request.Shard.Contains(name);
        var readers = Enumerable.Range(0, Math.Max(1, config.Settings.Workers))
            .Select(_ => new PlaywrightServerSite(browser.Browser, config.Playwright, config.ServerSelectors, login, Steps(request), include)
            {
                Guide = Qa(config, request).Guide,
                Evidence = Qa(config, request).Folder,
                Session = serverSession,
            })
            .ToList();
        var server = new ParallelServerReader(readers);
        List<SiteToLogIn> sites = [new("Server", login.BaseUrl, server.LogInAsync)];
        if (cloud is not null) sites.Add(new("Cloud", config.CloudLogin().BaseUrl, cloud.OpenAsync));
        try
        {
            await SiteLogins.LogInAsync(sites, TimeSpan.FromMilliseconds(config.Playwright.NavigationTimeoutMs), services.Abort).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return server;
    }

    /// <summary>--only that matches no connection at all is a mistake to say, not an empty run that leaves empty files behind.</summary>
    private static void RequireOnlyMatches(RunRequest request, IReadOnlyList<ServerConnection> read, IReadOnlySet<string>? skip)
    {
        // A share of the connections (--shard) may rightly hold none of them; names done earlier (--resume) were matched.
        if (request.Only.Count == 0 || read.Count > 0 || !request.Shard.IsAll) return;
        if (skip is not null && skip.Any(name => NameGlob.MatchesAny(request.Only, name))) return;
        throw new RunRefusedException(
            $"--only {string.Join(" --only ", request.Only.Select(Quoted))} matches none of the Server's connections " +
            "(* and ? are wildcards, case does not matter); nothing was done");
    }

    private static string Quoted(string pattern) => pattern.Contains(' ', StringComparison.Ordinal) ? $"\"{pattern}\"" : pattern;
}
