using System.Net;
using Microsoft.AspNetCore.Builder;
using Robot.Sandbox.Faults;
using Robot.Sandbox.Mail;
using Robot.Sandbox.Seed;
using Robot.Sandbox.Sites;
using Robot.Sandbox.Sites.Alt;
using Robot.Sandbox.Sites.Login;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Hosting;

/// <summary>
/// The running sandbox: a private Dovecot, then one Kestrel app listening on three loopback ports
/// (Server site, Cloud site, and the Cloud app's own origin for its iframe). Dispose stops all of it.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly DovecotServer mail;

    private SandboxHost(WebApplication app, DovecotServer mail, SandboxContext context)
    {
        this.app = app;
        this.mail = mail;
        Context = context;
    }

    public SandboxContext Context { get; }
    public SandboxUrls Urls => Context.Urls;
    public DovecotServer MailServer => this.mail;

    public static async Task<SandboxHost> StartAsync(SandboxOptions options, CancellationToken ct = default)
    {
        var source = options.SeedPath ?? SeedLoader.DefaultSeedName;
        var text = SeedLoader.ReadText(options.SeedPath);
        var draft = SeedLoader.Parse(text, source);

        var mail = await DovecotServer.StartAsync(draft.Mailboxes.Select(m => new Mailbox(m.Username, m.Password)), ct);
        try
        {
            var seed = SeedLoader.Load(text, source, mail.Endpoints);
            SandboxContext NewContext(SandboxUrls urls) => new()
            {
                Options = options,
                Urls = urls,
                Server = new ServerStore(seed, options.WithholdServerPasswords),
                Cloud = new CloudStore(seed, options.DataDir, TimeProvider.System, options.AcceptDuplicateNames),
                ServerSessions = new SessionStore("JSESSIONID", options.Faults.SessionExpiryRequests, options.Login.SessionLifetime),
                CloudSessions = new SessionStore("cloud.session.token", options.Faults.SessionExpiryRequests, options.Login.SessionLifetime),
                Faults = new FaultInjector(options.Faults),
                MailTester = new MailLoginTester([mail.Certificate.Fingerprint]),
                Mail = mail.Endpoints,
            };
            var (app, context) = await StartOnFreePortsAsync(NewContext, ct);
            return new SandboxHost(app, mail, context);
        }
        catch
        {
            await mail.DisposeAsync();
            throw;
        }
    }

    // A port picked free can be taken by another process (a test project running beside) before Kestrel binds it:
    // such a start is tried again on newly picked ports, a few times.
    private static async Task<(WebApplication, SandboxContext)> StartOnFreePortsAsync(Func<SandboxUrls, SandboxContext> newContext, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var context = newContext(NewUrls());
            var app = Build(context);
            try
            {
                await app.StartAsync(ct);
                return (app, context);
            }
            catch (IOException error) when (error.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException && attempt < 5)
            {
                await app.DisposeAsync();
            }
        }
    }

    private static SandboxUrls NewUrls() =>
        new(LoopbackUrl(FreePort.Pick()), LoopbackUrl(FreePort.Pick()), LoopbackUrl(FreePort.Pick()), LoopbackUrl(FreePort.Pick()));

    private static Uri LoopbackUrl(int port) => new($"http://127.0.0.1:{port}/");

    private static WebApplication Build(SandboxContext context)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SandboxHost).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, context.Urls.ServerPort);
            kestrel.Listen(IPAddress.Loopback, context.Urls.CloudPort);
            kestrel.Listen(IPAddress.Loopback, context.Urls.AppPort);
            kestrel.Listen(IPAddress.Loopback, context.Urls.Idp!.Port);
        });
        builder.Services.AddSingleton(context);
        var app = builder.Build();
        app.UseMiddleware<LatencyMiddleware>();
        var server = app.MapGroup("").RequireHost($"*:{context.Urls.ServerPort}");
        var cloudApp = app.MapGroup("").RequireHost($"*:{context.Urls.AppPort}");
        if (context.Options.Skin == SandboxSkin.Alt)
        {
            server.MapAltServerSite(context);
            cloudApp.MapAltCloudApp(context);
        }
        else
        {
            server.MapServerSite(context);
            cloudApp.MapCloudApp(context);
        }
        // The Jira Cloud shell (login, the page that embeds the app) is Atlassian's, the same for every app version.
        app.MapGroup("").RequireHost($"*:{context.Urls.CloudPort}").MapCloudShell(context);
        app.MapGroup("").RequireHost($"*:{context.Urls.CloudPort}").MapSandboxState(context);
        app.MapGroup("").RequireHost($"*:{context.Urls.Idp!.Port}").MapIdentityProvider(context);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await this.app.StopAsync();
        await this.app.DisposeAsync();
        await this.mail.DisposeAsync();
    }
}
