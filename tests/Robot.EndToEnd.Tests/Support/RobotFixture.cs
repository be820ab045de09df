using System.Reflection;
using Microsoft.Playwright;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// One sandbox (Kestrel + Dovecot, in-process) and one Chromium for all tests of a fixture, and a harness that runs
/// the robot's command line against them. Runs get the site passwords from the harness, not the process environment,
/// so fixtures run in parallel.
/// </summary>
public abstract class RobotFixture
{
    private IPlaywright? playwright;
    private IBrowser? browser;
    private SandboxHost? sandbox;
    private SandboxPool.Lease? lease;
    private string? workFolder;

    protected SandboxHost Sandbox => sandbox ?? throw new InvalidOperationException("sandbox not started");

    protected RobotHarness Robot { get; private set; } = null!;

    /// <summary>The sandbox's options; a fixture that keeps the default borrows a pooled sandbox (<see cref="SandboxPool"/>).</summary>
    protected virtual SandboxOptions Options => new();

    private bool UsesDefaultOptions =>
        GetType().GetProperty(nameof(Options), BindingFlags.Instance | BindingFlags.NonPublic)?.DeclaringType == typeof(RobotFixture);

    [OneTimeSetUp]
    public async Task StartSandboxAndBrowser()
    {
        workFolder = Directory.CreateTempSubdirectory($"robot-e2e-{GetType().Name}-").FullName;
        if (UsesDefaultOptions)
        {
            lease = await SandboxPool.RentAsync();
            (sandbox, browser) = (lease.Sandbox, lease.Browser);
        }
        else
        {
            sandbox = await SandboxHost.StartAsync(Options);
            (playwright, browser) = await TestBrowser.LaunchAsync();
        }
        Robot = new RobotHarness(sandbox, browser, workFolder);
    }

    [OneTimeTearDown]
    public async Task StopSandboxAndBrowser()
    {
        if (lease is not null)
        {
            await SandboxPool.GiveBackAsync(lease, reusable: TestContext.CurrentContext.Result.FailCount == 0);
        }
        else
        {
            if (browser is not null) await browser.CloseAsync();
            playwright?.Dispose();
            if (sandbox is not null) await sandbox.DisposeAsync();
        }
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

    /// <summary>Every password the sandbox knows: mailbox passwords, seeded connection passwords, site logins.</summary>
    protected async Task<IReadOnlyList<string>> AllSecretsAsync()
    {
        var state = await SandboxState.ReadAsync(Sandbox);
        var options = Sandbox.Context.Options;
        return state.Server.Select(c => c.Password)
            .Concat(state.Cloud.Select(c => c.Password))
            .Concat([options.ServerAdmin.Password, options.CloudAdmin.Password])
            .Where(p => !string.IsNullOrEmpty(p))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Asserts that no file the runs wrote and nothing they printed holds a password.</summary>
    protected async Task AssertNoSecretsAsync(params RobotRun[] runs)
    {
        var secrets = await AllSecretsAsync();
        Assert.That(secrets, Is.Not.Empty);
        foreach (var run in runs)
        {
            if (Directory.Exists(run.OutputFolder))
                Assert.That(SecretScan.FilesContaining(run.OutputFolder, secrets), Is.Empty, $"files of {string.Join(' ', run.Args.Take(1))}");
            Assert.That(SecretScan.TextContaining(run.Out + run.Error, secrets), Is.Empty, "printed text");
        }
    }
}
