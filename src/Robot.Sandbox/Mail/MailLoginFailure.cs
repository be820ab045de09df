using System.Net.Sockets;
using MailKit;
using MailKit.Security;

namespace Robot.Sandbox.Mail;

/// <summary>Turns what went wrong during a login test into one line, in the server's own words where it gave any.</summary>
internal static class MailLoginFailure
{
    public static string Describe(Exception error, MailLoginRequest request, int timeoutMs, string? certificateRejection) =>
        error switch
        {
            AuthenticationException e => $"Authentication failed: {e.Message}",
            SslHandshakeException e => $"TLS handshake failed: {certificateRejection ?? Innermost(e)}",
            SocketException { SocketErrorCode: SocketError.ConnectionRefused } =>
                $"Connection refused: {request.Host}:{request.Port}",
            SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData } =>
                $"Unknown host: {request.Host}",
            SocketException e => $"Connection failed: {request.Host}:{request.Port}: {e.Message}",
            OperationCanceledException or TimeoutException => $"Timed out after {timeoutMs} ms",
            NotSupportedException e when request.Encryption == MailEncryption.StartTls => $"STARTTLS not offered: {e.Message}",
            ProtocolException e => $"Protocol error: {FirstLine(e.Message)}",
            CommandException e => $"Server error: {FirstLine(e.Message)}",
            _ => $"Connection failed: {FirstLine(Innermost(error))}",
        };

    private static string Innermost(Exception error)
    {
        while (error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return FirstLine(error.Message);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
