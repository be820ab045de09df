namespace Robot.Adapters.Mail;

/// <summary>What a login attempt came to: the small fixed vocabulary of preflight.</summary>
public enum PreflightKind
{
    /// <summary>Logged in.</summary>
    Ok,

    /// <summary>Refused, unreachable, unknown host, or no answer in time.</summary>
    Network,

    /// <summary>The TLS handshake failed, mostly an untrusted certificate.</summary>
    Tls,

    /// <summary>The server refused the username or password.</summary>
    Authentication,

    /// <summary>Not tried: an OAuth connection, no password, or a value the robot cannot log in with.</summary>
    Skipped,
}

public static class PreflightKindWire
{
    /// <summary>The word used in CSV files and messages: ok, network, tls, authentication, skipped.</summary>
    public static string ToWire(this PreflightKind kind) => kind switch
    {
        PreflightKind.Ok => "ok",
        PreflightKind.Network => "network",
        PreflightKind.Tls => "tls",
        PreflightKind.Authentication => "authentication",
        PreflightKind.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Network, TLS and authentication failures: the connection would not work on Cloud either.</summary>
    public static bool IsFailure(this PreflightKind kind) =>
        kind is PreflightKind.Network or PreflightKind.Tls or PreflightKind.Authentication;
}
