using System.Globalization;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.Mail;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Sites.Server;

/// <summary>
/// The Server's "Test Connection": a real login to the mailbox for password connections (MailLoginTester);
/// OAuth connections cannot reach Google or Microsoft offline, so they succeed when their OAuth2 credential exists.
/// </summary>
internal static class ServerMailTest
{
    private const int DefaultTimeoutMs = 10_000;

    public static async Task<MailLoginResult> RunAsync(SandboxContext context, ServerConnectionRecord c, CancellationToken ct)
    {
        if (ServerVocabulary.IsOAuth(c.Protocol))
        {
            return context.Server.OAuthCredentials.Any(o => o.Name == c.OAuthCredentials)
                ? MailLoginResult.Succeeded()
                : MailLoginResult.Failed($"The OAuth2 credentials '{c.OAuthCredentials}' do not exist.");
        }
        var protocol = ProtocolOf(c.Protocol);
        if (protocol is null) return MailLoginResult.Failed($"Unknown protocol '{c.Protocol}'.");
        var encryption = EncryptionOf(c.Encryption);
        if (encryption is null) return MailLoginResult.Failed($"Unknown encryption '{c.Encryption}'.");
        if (c.Host.Trim().Length == 0) return MailLoginResult.Failed("The host is empty.");
        var port = PortOf(c.Port, protocol.Value, encryption.Value);
        if (port is null) return MailLoginResult.Failed($"The port '{c.Port}' is not a number between 1 and 65535.");
        var timeout = int.TryParse(c.Timeout, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t is > 0 and <= 60_000 ? t : DefaultTimeoutMs;
        var request = new MailLoginRequest(protocol.Value, encryption.Value, c.Host.Trim(), port.Value, c.Username, c.Password, timeout);
        return await context.MailTester.TestAsync(request, ct);
    }

    private static MailProtocol? ProtocolOf(string protocol) =>
        protocol.Contains("IMAP", StringComparison.OrdinalIgnoreCase) ? MailProtocol.Imap
        : protocol.Contains("POP3", StringComparison.OrdinalIgnoreCase) ? MailProtocol.Pop3
        : null;

    private static MailEncryption? EncryptionOf(string encryption) => encryption.Trim() switch
    {
        "No Encryption" or "" => MailEncryption.None,
        "SSL/TLS" => MailEncryption.SslTls,
        "STARTTLS" => MailEncryption.StartTls,
        _ => null,
    };

    /// <summary>Blank or 0 means the default port: IMAP 143 (also STARTTLS), IMAP SSL/TLS 993, POP3 110, POP3 SSL/TLS 995.</summary>
    private static int? PortOf(string port, MailProtocol protocol, MailEncryption encryption)
    {
        var text = port.Trim();
        if (text.Length == 0 || text == "0")
        {
            var ssl = encryption == MailEncryption.SslTls;
            return protocol == MailProtocol.Imap ? (ssl ? 993 : 143) : (ssl ? 995 : 110);
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 65535 ? n : null;
    }
}
