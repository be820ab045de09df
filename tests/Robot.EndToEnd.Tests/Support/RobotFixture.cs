using Microsoft.Playwright;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// One sandbox (Kestrel + Dovecot, in-process) and one Chromium (borrowed from a pool) for all tests of a fixture, and a harness that runs
/// the robot's command line against them. Runs get the site passwords from the harness, not the process environment,
/// so fixtures run in parallel.
/// </summary>
public abstract class RobotFixture
{
    private BrowserPool.Lease? browserLease;
    private IBrowser? browser;
    private SandboxHost? sandbox;
    private string? workFolder;
    private DateTime startedUtc;

    protected SandboxHost Sandbox => sandbox ?? throw new InvalidOperationException("sandbox not started");

    protected RobotHarness Robot { get; private set; } = null!;

    /// <summary>The sandbox's options; a fixture that keeps the default borrows a pooled sandbox (<see cref="SandboxPool"/>).</summary>
    protected virtual SandboxOptions Options => new();

    /// <summary>
    /// Whether the fixture's migrate runs keep the robot's default failure trace; otherwise the harness passes
    /// <c>--trace off</c> (<see cref="RobotHarness.RecordsFailureTraces"/>). Fixtures that prove traces or evidence say true.
    /// </summary>
    protected virtual bool RecordsFailureTraces => false;

    private bool UsesDefaultOptions => SandboxPool.KeepsDefaultOptions(this, typeof(RobotFixture), nameof(Options));

    [OneTimeSetUp]
    public async Task StartSandboxAndBrowser()
    {
        startedUtc = DateTime.UtcNow.AddSeconds(-1);
        workFolder = Directory.CreateTempSubdirectory($"robot-e2e-{GetType().Name}-").FullName;
        sandbox = UsesDefaultOptions ? await SandboxPool.RentAsync() : await SandboxHost.StartAsync(Options);
        browserLease = await BrowserPool.RentAsync();
        browser = browserLease.Browser;
        Robot = new RobotHarness(sandbox, browser, workFolder, RecordsFailureTraces);
    }

    [OneTimeTearDown]
    public async Task StopSandboxAndBrowser()
    {
        if (browserLease is not null) await BrowserPool.GiveBackAsync(browserLease);
        if (sandbox is not null && UsesDefaultOptions)
            await SandboxPool.GiveBackAsync(sandbox, reusable: TestContext.CurrentContext.Result.FailCount == 0);
        else if (sandbox is not null)
            await sandbox.DisposeAsync();
        if (workFolder is not null && TestContext.CurrentContext.Result.FailCount == 0)
        {
            try { Directory.Delete(workFolder, recursive: true); }
            catch (IOException) { }
        }
        else if (workFolder is not null)
        {
            TestContext.Progress.WriteLine($"  (kept {workFolder} for inspection)");
        }
    }

    /// <summary>
    /// Every secret the sandbox and the run know: mailbox (connection) passwords and OAuth2 client secrets on both sites,
    /// site logins, every session cookie either site issued, and the SMTP relay password when one is set.
    /// </summary>
    protected async Task<IReadOnlyList<string>> AllSecretsAsync()
    {
        var state = await SandboxState.ReadAsync(Sandbox);
        var options = Sandbox.Context.Options;
        return state.Server.Select(c => c.Password)
            .Concat(state.Cloud.Select(c => c.Password))
            .Concat(state.ServerOAuthCredentials.Concat(state.CloudOAuthClients).Select(c => c.ClientSecret))
            .Concat([options.ServerAdmin.Password, options.CloudAdmin.Password])
            .Concat(Sandbox.Context.ServerSessions.IssuedTokens)
            .Concat(Sandbox.Context.CloudSessions.IssuedTokens)
            .Concat([Environment.GetEnvironmentVariable(global::Robot.Adapters.Configuration.MailCheckSettings.SmtpPasswordVariable) ?? ""])
            .Where(p => !string.IsNullOrEmpty(p))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The site logins and the relay password: secrets that not even Playwright's temporary trace chunks hold.</summary>
    protected IReadOnlyList<string> LoginSecrets()
    {
        var options = Sandbox.Context.Options;
        return new[] { options.ServerAdmin.Password, options.CloudAdmin.Password,
                Environment.GetEnvironmentVariable(global::Robot.Adapters.Configuration.MailCheckSettings.SmtpPasswordVariable) ?? "" }
            .Where(p => p.Length > 0).ToList();
    }

    /// <summary>
    /// Every file Playwright wrote to its temporary folders since the fixture started that holds one of <paramref name="secrets"/>.
    /// (Its raw trace chunks hold each traced connection's password and the session cookies until the browser closes:
    /// see PlaywrightTempFolderTests.)
    /// </summary>
    protected IReadOnlyList<string> PlaywrightTempFilesContaining(IReadOnlyList<string> secrets) =>
        SecretScan.PlaywrightTempFilesContaining(secrets, startedUtc);

    /// <summary>Asserts that no file the runs wrote and nothing they printed holds a secret, nor Playwright's temporary folders a login.</summary>
    protected async Task AssertNoSecretsAsync(params RobotRun[] runs)
    {
        var secrets = await AllSecretsAsync();
        Assert.That(secrets, Is.Not.Empty);
        Assert.That(PlaywrightTempFilesContaining(LoginSecrets()), Is.Empty, "Playwright's temporary artifacts");
        foreach (var run in runs)
        {
            if (Directory.Exists(run.OutputFolder))
                Assert.That(SecretScan.FilesContaining(run.OutputFolder, secrets), Is.Empty, $"files of {string.Join(' ', run.Args.Take(1))}");
            Assert.That(SecretScan.TextContaining(run.Out + run.Error, secrets), Is.Empty, "printed text");
        }
    }
}
