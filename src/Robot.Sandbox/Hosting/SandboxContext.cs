using Robot.Sandbox.Faults;
using Robot.Sandbox.Mail;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Hosting;

/// <summary>What every page and API of the sandbox shares.</summary>
public sealed class SandboxContext
{
    public required SandboxOptions Options { get; init; }
    public required SandboxUrls Urls { get; init; }
    public required ServerStore Server { get; init; }
    public required CloudStore Cloud { get; init; }
    public required SessionStore ServerSessions { get; init; }
    public required SessionStore CloudSessions { get; init; }
    public required FaultInjector Faults { get; init; }
    public required MailLoginTester MailTester { get; init; }
    public required MailEndpoints Mail { get; init; }

    /// <summary>Single-use tokens between two login pages (identity provider tickets, logins waiting for a code).</summary>
    public Sites.Login.LoginTickets LoginTickets { get; } = new(TimeProvider.System);
}

/// <summary>The origins: the Server site, the Cloud site, the app the Cloud embeds in an iframe, the identity provider.</summary>
public sealed record SandboxUrls(Uri Server, Uri Cloud, Uri App, Uri? Idp = null)
{
    public int ServerPort => Server.Port;
    public int CloudPort => Cloud.Port;
    public int AppPort => App.Port;
}
