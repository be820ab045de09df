using System.Net.Sockets;
using MailKit;
using MailKit.Security;

namespace Robot.Adapters.Mail;

/// <summary>The step of a login an error happened in: it decides what the error means.</summary>
internal enum LoginStage
{
    Connect,
    Authenticate,
}

/// <summary>
/// Turns an exception from MailKit into network, TLS or authentication, with one line in the server's own words where it
/// gave any. During connect, anything but TLS is the network; during authentication, anything but the network is a refusal.
/// </summary>
internal static class MailFailure
{
    public static MailLoginException Classify(Exception error, LoginStage stage, string where, TimeSpan timeout, string? certificateRejection)
    {
        if (Network(error, where, timeout) is { } network) return new MailLoginException(PreflightKind.Network, network, error);

        if (error is SslHandshakeException or System.Security.Authentication.AuthenticationException)
            return new MailLoginException(PreflightKind.Tls,
                $"TLS handshake with {where} failed: {certificateRejection ?? Innermost(error)}", error);
        if (stage == LoginStage.Connect && error is NotSupportedException)
            return new MailLoginException(PreflightKind.Tls, $"{where} does not offer STARTTLS: {FirstLine(error.Message)}", error);

        if (stage == LoginStage.Authenticate)
        {
            return error switch
            {
                MailKit.Security.AuthenticationException e => new MailLoginException(PreflightKind.Authentication,
                    $"{where} refused the login: {FirstLine(e.Message)}", error),
                ProtocolException e => new MailLoginException(PreflightKind.Network,
                    $"{where} broke off the login: {FirstLine(e.Message)}", error),
                _ => new MailLoginException(PreflightKind.Authentication,
                    $"{where} refused the login: {FirstLine(Innermost(error))}", error),
            };
        }

        return new MailLoginException(PreflightKind.Network, $"{where}: {FirstLine(Innermost(error))}", error);
    }

    /// <summary>The network's part: refused, unknown host, unreachable, timed out, connection lost.</summary>
    private static string? Network(Exception error, string where, TimeSpan timeout)
    {
        var socket = Find<SocketException>(error);
        if (socket is not null)
        {
            return socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => $"connection refused by {where}",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => $"unknown host: {where}",
                SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown or SocketError.HostDown =>
                    $"{where} is unreachable: {socket.Message}",
                SocketError.TimedOut => $"no answer from {where} within {Seconds(timeout)}",
                _ => $"{where}: {socket.Message}",
            };
        }
        if (error is OperationCanceledException || Find<TimeoutException>(error) is not null)
            return $"no answer from {where} within {Seconds(timeout)}";
        if (error is IOException && Find<System.Security.Authentication.AuthenticationException>(error) is null)
            return $"connection to {where} lost: {FirstLine(Innermost(error))}";
        if (error is ServiceNotConnectedException)
            return $"connection to {where} lost: {FirstLine(error.Message)}";
        return null;
    }

    private static string Seconds(TimeSpan timeout) => $"{timeout.TotalSeconds:0.#} s";

    private static T? Find<T>(Exception? error) where T : Exception
    {
        for (; error is not null; error = error.InnerException)
            if (error is T found) return found;
        return null;
    }

    private static string Innermost(Exception error)
    {
        while (error.InnerException is not null) error = error.InnerException;
        return FirstLine(error.Message);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
