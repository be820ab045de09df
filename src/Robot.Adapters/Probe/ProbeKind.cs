using Robot.Domain;

namespace Robot.Adapters.Probe;

/// <summary>
/// A kind of connection the robot migrates, as the probe walks it: the Server Edit panel fields only this kind shows,
/// the Cloud Service Providers it is written under (each chosen in turn on the Add panel), and the pages only this kind
/// needs. A new kind is one more subclass in <see cref="All"/>, with its own steps.
/// </summary>
public abstract class ProbeKind
{
    public static IReadOnlyList<ProbeKind> All { get; } = [new PasswordProbeKind(), new OAuthProbeKind()];

    public abstract string Name { get; }

    public abstract IReadOnlyList<ServiceKind> Providers { get; }

    /// <summary>Server Edit panel keys a connection of this kind shows (and other kinds need not).</summary>
    public abstract IReadOnlyList<string> ServerPanelKeys { get; }

    /// <summary>Whether a Server connection with this Protocol (as its Edit panel shows it) is of this kind.</summary>
    public abstract bool Is(string serverProtocol);

    /// <summary>Server pages only this kind needs, walked after the list.</summary>
    internal virtual Task ServerStepsAsync(ServerProbe server) => Task.CompletedTask;

    /// <summary>Cloud pages only this kind needs, walked after the Add panel.</summary>
    internal virtual Task CloudStepsAsync(CloudProbe cloud) => Task.CompletedTask;

    /// <summary>The mapper's rule: a Server protocol naming OAuth is an OAuth connection.</summary>
    protected static bool NamesOAuth(string serverProtocol) => serverProtocol.Contains("OAuth", StringComparison.OrdinalIgnoreCase);
}

/// <summary>IMAP and POP3 with a mailbox password.</summary>
public sealed class PasswordProbeKind : ProbeKind
{
    public override string Name => "password";

    public override IReadOnlyList<ServiceKind> Providers { get; } = [ServiceKind.Imap, ServiceKind.Pop3];

    public override IReadOnlyList<string> ServerPanelKeys { get; } = ["editPanel.password"];

    public override bool Is(string serverProtocol) => !NamesOAuth(serverProtocol);
}

/// <summary>GMail and Microsoft365 through OAuth2 credentials: the Cloud's OAuth2 Credentials page (the plan reads it), and the Server's when its selectors name one.</summary>
public sealed class OAuthProbeKind : ProbeKind
{
    public override string Name => "OAuth";

    public override IReadOnlyList<ServiceKind> Providers { get; } = [ServiceKind.GMailOAuth2, ServiceKind.Microsoft365OAuth2];

    public override IReadOnlyList<string> ServerPanelKeys { get; } = ["editPanel.oauthCredentials"];

    public override bool Is(string serverProtocol) => NamesOAuth(serverProtocol);

    internal override Task ServerStepsAsync(ServerProbe server) => server.OAuthCredentialsPageAsync();

    internal override Task CloudStepsAsync(CloudProbe cloud) => cloud.OAuthCredentialsPageAsync();
}
