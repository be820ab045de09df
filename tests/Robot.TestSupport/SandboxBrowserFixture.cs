using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;

namespace Robot.TestSupport;

/// <summary>
/// One sandbox (with its Dovecot) and one Chromium per test fixture, borrowed from the <see cref="SandboxPool"/> (when
/// the fixture keeps the default options) and the <see cref="BrowserPool"/>; each test gets a fresh browser context and
/// page. Override <see cref="Options"/> to seed or inject faults.
/// </summary>
public abstract class SandboxBrowserFixture
{
    private BrowserPool.Lease? browserLease;
    private IBrowser? browser;
    private SandboxHost? sandbox;
    private IBrowserContext? context;

    protected SandboxHost Sandbox => this.sandbox ?? throw new InvalidOperationException("sandbox not started");
    protected IBrowser Browser => this.browser ?? throw new InvalidOperationException("browser not started");
    protected IPage Page { get; private set; } = null!;

    protected virtual SandboxOptions Options => new();

    private bool UsesDefaultOptions => SandboxPool.KeepsDefaultOptions(this, typeof(SandboxBrowserFixture), nameof(Options));

    [OneTimeSetUp]
    public async Task StartSandboxAndBrowser()
    {
        this.sandbox = UsesDefaultOptions ? await SandboxPool.RentAsync() : await SandboxHost.StartAsync(Options);
        this.browserLease = await BrowserPool.RentAsync();
        this.browser = this.browserLease.Browser;
    }

    [SetUp]
    public async Task OpenPage()
    {
        this.context = await Browser.NewContextAsync();
        this.context.SetDefaultTimeout(15_000);
        Page = await this.context.NewPageAsync();
    }

    [TearDown]
    public async Task ClosePage()
    {
        if (this.context is not null) await this.context.CloseAsync();
    }

    [OneTimeTearDown]
    public async Task StopSandboxAndBrowser()
    {
        if (this.browserLease is not null) await BrowserPool.GiveBackAsync(this.browserLease);
        if (this.sandbox is not null && UsesDefaultOptions)
            await SandboxPool.GiveBackAsync(this.sandbox, reusable: TestContext.CurrentContext.Result.FailCount == 0);
        else if (this.sandbox is not null)
            await this.sandbox.DisposeAsync();
    }
}
