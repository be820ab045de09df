using Robot.Adapters.Browser;
using Robot.Adapters.Ledger;
using Robot.Domain;
using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Application;

/// <summary>
/// Reading the sites for a command: every site it needs logged in to at once, then the Server's connections (several
/// pages in parallel) and the Cloud's inventory read at the same time, then the plan. Changes nothing on either site.
/// </summary>
public sealed class SiteReading(RobotSites sites, ISessionOutput output)
{
    private RobotConfiguration Config => sites.Config;

    private RunRequest Request => sites.Request;

    /// <summary>
    /// The Server's pages for this command, logged in at the same time as <paramref name="cloud"/> (when given). A refused
    /// login or an unreachable site stops the command here, before any connection is read (<see cref="SiteUnavailableException"/>).
    /// </summary>
    /// <param name="skip">Names not to read (done by an earlier run), compared without case.</param>
    public async Task<ParallelServerReader> OpenServerAsync(IReadOnlySet<string>? skip = null, PlaywrightCloudSite? cloud = null)
    {
        var server = sites.NewServerReader(sites.Include(skip));
        List<SiteToLogIn> logins = [new("Server", Config.ServerLogin().BaseUrl, server.LogInAsync)];
        if (cloud is not null) logins.Add(new("Cloud", Config.CloudLogin().BaseUrl, cloud.OpenAsync));
        try
        {
            await SiteLogins.LogInAsync(logins, TimeSpan.FromMilliseconds(Config.Playwright.NavigationTimeoutMs), sites.Abort).ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return server;
    }

    /// <summary>Every connection the Server's list shows that this command asks for, in the list's order.</summary>
    /// <param name="skip">Names <paramref name="server"/> does not read (done by an earlier run), compared without case.</param>
    public async Task<IReadOnlyList<ServerConnection>> ReadServerAsync(ParallelServerReader server, IReadOnlySet<string>? skip = null)
    {
        output.Line($"Reading the Server's Incoming Mail Connections at {Config.ServerLogin().BaseUrl} …");
        var connections = await output.TrackServerReadAsync(sites.Steps, progress => server.ReadConnectionsAsync(progress, sites.Abort))
            .ConfigureAwait(false);
        RequireOnlyMatches(connections, skip);
        // The list's names decided which rows were read; the names read from the panels decide the share.
        return Request.Shard.IsAll ? connections : connections.Where(connection => Request.Shard.Contains(connection.Name)).ToList();
    }

    /// <summary>
    /// Reads the Server (every connection) and the Cloud (its connections and OAuth2 clients) at the same time, each in
    /// its own browser context, then plans.
    /// </summary>
    /// <param name="beforePlan">Runs once both sites are read, before the plan (the prerequisite kind is migrated there), and gives the Cloud inventory to plan against.</param>
    public async Task<IReadOnlyList<PlannedConnection>> ReadBothSitesAndPlanAsync(PlaywrightCloudSite cloud, bool writeInventory = false,
        IReadOnlySet<string>? skip = null, IReadOnlySet<string>? interrupted = null,
        Func<IReadOnlyList<ServerConnection>, CloudInventory, Task<CloudInventory>>? beforePlan = null)
    {
        var server = await OpenServerAsync(skip, cloud).ConfigureAwait(false);
        await using var serverDisposal = server.ConfigureAwait(false);
        var (connections, cloudInventory) = await BothSitesAsync(ReadServerAsync(server, skip), ReadCloudAsync(cloud)).ConfigureAwait(false);
        if (writeInventory) InventoryCsvWriter.Write(Path.Combine(Config.OutputFolder, InventoryCsvWriter.FileName), connections);
        if (beforePlan is not null) cloudInventory = await beforePlan(connections, cloudInventory).ConfigureAwait(false);
        var plan = NewPlanner(interrupted).Plan(connections, cloudInventory);
        sites.RunSecrets.Add(connections.Select(c => c.Password).Concat(plan.Select(p => p.Cloud?.Password)));
        return plan;
    }

    /// <param name="interrupted">Creates an earlier run began but did not record: looked for on Cloud before adding again.</param>
    public Planner NewPlanner(IReadOnlySet<string>? interrupted = null) =>
        new(new ConnectionMapper(Config.Settings.ToMappingRules()), new PlannerOptions
        {
            UpdateExisting = Config.Settings.UpdateExisting,
            Only = Request.Only,
            PasswordFor = Config.Secrets.PasswordFor,
            InterruptedCreates = interrupted ?? new HashSet<string>(),
        });

    /// <summary>Awaits both sites' reads, started together; on failure, the Server's is reported first, then the Cloud's (a stable order).</summary>
    public static async Task<(TServer Server, TCloud Cloud)> BothSitesAsync<TServer, TCloud>(Task<TServer> server, Task<TCloud> cloud)
    {
        try
        {
            await Task.WhenAll(server, cloud).ConfigureAwait(false);
        }
        catch
        {
            if (server.IsFaulted) await server.ConfigureAwait(false);
            if (cloud.IsFaulted) await cloud.ConfigureAwait(false);
            throw;
        }
        return (server.Result, cloud.Result);
    }

    private async Task<CloudInventory> ReadCloudAsync(ICloudSite cloud)
    {
        output.Line("Reading what the Cloud already has …");
        return await CloudInventoryReader.ReadAsync(cloud, sites.Abort).ConfigureAwait(false);
    }

    /// <summary>--only that matches no connection at all is a mistake to say, not an empty run that leaves empty files behind.</summary>
    private void RequireOnlyMatches(IReadOnlyList<ServerConnection> read, IReadOnlySet<string>? skip)
    {
        // A share of the connections (--shard) may rightly hold none of them; names done earlier (--resume) were matched.
        if (Request.Only.Count == 0 || read.Count > 0 || !Request.Shard.IsAll) return;
        if (skip is not null && skip.Any(name => NameGlob.MatchesAny(Request.Only, name))) return;
        throw new RunRefusedException(
            $"--only {string.Join(" --only ", Request.Only.Select(Quoted))} matches none of the Server's connections " +
            "(* and ? are wildcards, case does not matter); nothing was done");
    }

    private static string Quoted(string pattern) => pattern.Contains(' ', StringComparison.Ordinal) ? $"\"{pattern}\"" : pattern;
}
