using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;

namespace Robot.TestSupport;

/// <summary>
/// One sandbox (with its Dovecot) and one Chromium per test fixture; each test gets a fresh
/// browser context and page. Override <see cref="Options"/> to seed or inject faults.
/// </summary>
public abstract class SandboxBrowserFixture
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SandboxHost? _sandbox;
    private IBrowserContext? _context;

    protected SandboxHost Sandbox => _sandbox ?? throw new InvalidOperationException("sandbox not started");
    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("browser not started");
    protected IPage Page { get; private set; } = null!;

    protected virtual SandboxOptions Options => new();

    [OneTimeSetUp]
    public async Task StartSandboxAndBrowser()
    {
        _sandbox = await SandboxHost.StartAsync(Options);
        (_playwright, _browser) = await TestBrowser.LaunchAsync();
    }

    [SetUp]
    public async Task OpenPage()
    {
        _context = await Browser.NewContextAsync();
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
    }

    [TearDown]
    public async Task ClosePage()
    {
        if (_context is not null) await _context.CloseAsync();
    }

    [OneTimeTearDown]
    public async Task StopSandboxAndBrowser()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_sandbox is not null) await _sandbox.DisposeAsync();
    }
}
