using Microsoft.Playwright;
using NUnit.Framework;
using Robot.Sandbox.Hosting;

namespace Robot.TestSupport;

/// <summary>
/// One sandbox (with its Dovecot) and one Chromium per test fixture, borrowed from the <see cref="SandboxPool"/> (when
/// the fixture keeps the default options, or says it <see cref="SharesSandbox"/>) and the <see cref="BrowserPool"/>; each
/// test gets a fresh browser context and page. Override <see cref="Options"/> to seed or inject faults.
/// </summary>
public abstract class SandboxBrowserFixture
{
    private BrowserPool.Lease? browserLease;
    private IBrowser? browser;
    private SandboxHost? sandbox;
    private IBrowserContext? context;
    private readonly Dictionary<string, IReadOnlyList<Cookie>> logins = [];

    protected SandboxHost Sandbox => this.sandbox ?? throw new InvalidOperationException("sandbox not started");
    protected IBrowser Browser => this.browser ?? throw new InvalidOperationException("browser not started");
    protected IPage Page { get; private set; } = null!;

    protected virtual SandboxOptions Options => new();

    /// <summary>
    /// Whether the sandbox is borrowed from the pool, and given back for the next fixture of equal options: by default when
    /// the fixture keeps the default options. A fixture whose options other fixtures use too says so, so that they start
    /// one sandbox, not one each; the pool resets only the Cloud, so such a fixture must not rely on any other state
    /// (fault counters, sessions) being fresh.
    /// </summary>
    protected virtual bool SharesSandbox => SandboxPool.KeepsDefaultOptions(this, typeof(SandboxBrowserFixture), nameof(Options));

    /// <summary>
    /// Whether a test after the fixture's first login of a site starts signed in with that login's session cookies
    /// (<see cref="ResumeLoginAsync"/>) instead of filling the login pages again: each login is two or three page loads of
    /// Chromium's. Not where the sandbox ends sessions (after N requests, or N minutes), nor in a fixture that proves
    /// the login itself, which says false.
    /// </summary>
    protected virtual bool ReusesLogin =>
        Sandbox.Context.Options.Faults.SessionExpiryRequests == 0 && Sandbox.Context.Options.Login.SessionLifetime is null;

    /// <summary>Puts the session cookies <see cref="KeepLoginAsync"/> kept for <paramref name="site"/> in this test's browser context.</summary>
    /// <returns>False when there is none to resume (the first login of the fixture, or it does not reuse logins).</returns>
    protected async Task<bool> ResumeLoginAsync(string site)
    {
        if (!ReusesLogin || !this.logins.TryGetValue(site, out var cookies)) return false;
        await Page.Context.AddCookiesAsync(cookies);
        return true;
    }

    /// <summary>Keeps this test's cookies, after it logged in to <paramref name="site"/>, for the fixture's later tests.</summary>
    protected async Task KeepLoginAsync(string site)
    {
        if (!ReusesLogin) return;
        this.logins[site] = (await Page.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires < 0 ? null : c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }).ToList();
    }

    [OneTimeSetUp]
    public async Task StartSandboxAndBrowser()
    {
        this.sandbox = SharesSandbox ? await SandboxPool.RentAsync(Options) : await SandboxHost.StartAsync(Options);
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
        if (this.sandbox is not null && SharesSandbox)
            await SandboxPool.GiveBackAsync(this.sandbox, reusable: TestContext.CurrentContext.Result.FailCount == 0);
        else if (this.sandbox is not null)
            await this.sandbox.DisposeAsync();
    }
}
