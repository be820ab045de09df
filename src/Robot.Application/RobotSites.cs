using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Adapters.Browser.Credentials;
using Robot.Adapters.Configuration;
using Robot.Adapters.Evidence;
using Robot.Application.Evidence;
using Robot.Domain;
using Robot.Runner;

namespace Robot.Application;

/// <summary>
/// The page objects of one command, made alike: every Cloud page and every Server page shares its site's one login
/// (<see cref="SharedSession"/>), the step log, the evidence folder and the secrets a trace may not hold.
/// </summary>
public sealed class RobotSites
{
    // Each site is logged in to once per command; every further browser context starts from that login's storage state.
    private readonly SharedSession serverSession = new();
    private readonly SharedSession cloudSession = new();
    private readonly Polly.ResiliencePipeline pageRetries = RetryPolicy.ForPageSteps(TimeProvider.System);
    private readonly IBrowser browser;
    private readonly ISessionOutput output;
    private readonly TimeProvider clock;
    private RunEvidence? evidence;
    private SecretSet? runSecrets;

    public RobotSites(RobotConfiguration config, RunRequest request, IBrowser browser, ISessionOutput output, TimeProvider clock, CancellationToken abort)
    {
        this.clock = clock;
        Config = config;
        Request = request;
        Abort = abort;
        this.browser = browser;
        this.output = output;
        // Every browser context of a site entered through a saved session starts from it: nobody logs in.
        if (config.Sessions.TryGetValue("Server", out var server)) serverSession.StartFrom(server.StorageState);
        if (config.Sessions.TryGetValue("Cloud", out var cloud)) cloudSession.StartFrom(cloud.StorageState);
    }

    public RobotConfiguration Config { get; }

    public RunRequest Request { get; }

    /// <summary>Cancelled on the first Ctrl-C / SIGTERM.</summary>
    public CancellationToken Abort { get; }

    /// <summary>The step log (steps.log) and, with --evidence, the evidence folder of this command's output folder.</summary>
    public RunEvidence Evidence => evidence ??= new RunEvidence(output, Request, Config.OutputFolder, () => RunSecrets, clock, Abort);

    /// <summary>The secrets of this command known so far (site logins, then the connections' passwords once read): what the maskers mask.</summary>
    public SecretSet RunSecrets => runSecrets ??= new SecretSet(Secrets(Config));

    /// <summary>Every step in the guide's words, shown with --verbose; null otherwise.</summary>
    public Action<string>? Steps => Request.Verbose ? output.Step : null;

    /// <summary>Both sites' passwords, as far as they are set (for scrubbing; a missing one is no error here).</summary>
    public static IEnumerable<string?> Secrets(RobotConfiguration config)
    {
        string? server = null, cloud = null;
        try { server = config.ServerLogin().PasswordToMask(); } catch (ConfigurationException) { }
        try { cloud = config.CloudLogin().PasswordToMask(); } catch (ConfigurationException) { }
        // A saved session's cookies are credentials as much as a password.
        return [server, cloud, .. config.Sessions.Values.SelectMany(saved => saved.SecretValues())];
    }

    /// <summary>A Cloud page of this command (not yet logged in).</summary>
    public PlaywrightCloudSite NewCloudSite() =>
        new(browser, Config.Playwright, Config.CloudSelectors, Config.CloudLogin(), new CloudSiteOptions
        {
            ReadBackExisting = Config.Settings.UpdateExisting,
            EnableTested = Config.Settings.EnableTested,
            EvidenceFolder = Path.Combine(Config.OutputFolder, "evidence"),
            Evidence = Evidence.Folder,
            Guide = Evidence.Guide,
            Traces = Evidence.Traces,
            MaskAlso = RunSecrets,
            FaultWords = Config.Settings.Retry.FaultWordsInForce,
        }, Steps)
        {
            Session = cloudSession,
        };

    /// <summary>A Cloud page that reads every connection back through its Edit panel (verify); no evidence, its own login.</summary>
    public PlaywrightCloudSite NewReadBackCloudSite() =>
        new(browser, Config.Playwright, Config.CloudSelectors, Config.CloudLogin(),
            new CloudSiteOptions { ReadBackExisting = true, EvidenceFolder = Path.Combine(Config.OutputFolder, "evidence"), FaultWords = Config.Settings.Retry.FaultWordsInForce }, Steps);

    /// <summary>The Server's pages (one per worker, sharing one login) reading the rows <paramref name="include"/> accepts (all when null).</summary>
    public ParallelServerReader NewServerReader(Func<string, bool>? include) =>
        new(Enumerable.Range(0, Math.Max(1, Config.Settings.Workers))
            .Select(_ => new PlaywrightServerSite(browser, Config.Playwright, Config.ServerSelectors, Config.ServerLogin(), Steps, include)
            {
                Guide = Evidence.Guide,
                Evidence = Evidence.Folder,
                Session = serverSession,
                Retries = pageRetries,
            })
            .ToList());

    /// <summary>The OAuth2 Credentials pages of both sites, sharing each site's one login; null when the selectors lack the kind's keys.</summary>
    public (PlaywrightServerCredentials Server, PlaywrightCloudCredentials Cloud)? NewCredentialPages()
    {
        if (Config.CredentialSelectors is not { } selectors) return null;
        var login = new PlaywrightServerSite(browser, Config.Playwright, Config.ServerSelectors, Config.ServerLogin(), Steps)
        {
            Guide = Evidence.Guide,
            Session = serverSession,
            Retries = pageRetries,
        };
        var evidence = Evidence.Folder is { } folder ? CredentialEvidence.In(folder) : null;
        var options = new CloudSiteOptions
        {
            EvidenceFolder = Path.Combine(Config.OutputFolder, "evidence"),
            MaskAlso = RunSecrets,
            FaultWords = Config.Settings.Retry.FaultWordsInForce,
            Evidence = evidence,
            // The credentials' own picture of their panel, taken when the fields are copied (the connections' pictures need their records).
            Observers = evidence is null ? [] : [new CredentialEvidenceObserver(evidence)],
        };
        return (new PlaywrightServerCredentials(login, selectors.Server, Config.Playwright, Steps),
            new PlaywrightCloudCredentials(browser, Config.Playwright, selectors.Cloud, Config.CloudLogin(), options, cloudSession, Steps));
    }

    /// <summary>Which Server rows to read: those --only and --shard ask for and <paramref name="skip"/> (done earlier) does not hold.</summary>
    public Func<string, bool>? Include(IReadOnlySet<string>? skip) =>
        Request.Only.Count == 0 && (skip is null || skip.Count == 0) && Request.Shard.IsAll
            ? null
            : name => NameGlob.MatchesAny(Request.Only, name) && (skip is null || !skip.Contains(name)) && Request.Shard.Contains(name);
}
