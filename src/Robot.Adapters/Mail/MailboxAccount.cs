using System.Globalization;
using MailKit.Security;
using Robot.Domain;

namespace Robot.Adapters.Mail;

/// <summary>Where and as whom to log in to one connection's mailbox, from the Server's values. ToString never shows the password.</summary>
public sealed record MailboxAccount(
    string ConnectionName, MailboxProtocol Protocol, string Host, int Port, SecureSocketOptions Security, string Username, Secret Password)
{
    /// <summary>
    /// The account of a password connection: IMAP or POP3 by Protocol, the socket options by Encryption, the default port
    /// when Port is blank or 0. Null, with the reason, for OAuth, a missing password, or a value that cannot be used.
    /// </summary>
    public static MailboxAccount? From(ServerConnection server, out string reason)
    {
        var protocol = server.Protocol;
        if (protocol.Contains("OAuth", StringComparison.OrdinalIgnoreCase))
        {
            reason = "OAuth connection: the robot has no password to log in with";
            return null;
        }
        MailboxProtocol transport;
        if (protocol.Contains("IMAP", StringComparison.OrdinalIgnoreCase)) transport = MailboxProtocol.Imap;
        else if (protocol.Contains("POP3", StringComparison.OrdinalIgnoreCase)) transport = MailboxProtocol.Pop3;
        else
        {
            reason = $"Protocol '{protocol}' is neither IMAP nor POP3";
            return null;
        }
        if (!server.HasPassword)
        {
            reason = "no password: the Server withholds it and the secrets source has none";
            return null;
        }
        if (MailSecurity.Parse(server.Encryption) is not { } security)
        {
            reason = $"Encryption '{server.Encryption}' is not None, SSL/TLS or STARTTLS";
            return null;
        }
        var host = server.Host.Trim();
        if (host.Length == 0)
        {
            reason = "Host is blank";
            return null;
        }
        var portText = server.Port.Trim();
        int port;
        if (portText.Length == 0 || portText.All(c => c == '0'))
            port = DefaultPorts.For(transport == MailboxProtocol.Pop3, server.Encryption);
        else if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
        {
            reason = $"Port '{server.Port}' is not a whole number from 1 to 65535";
            return null;
        }

        reason = "";
        return new MailboxAccount(server.Name, transport, host, port, security, server.Username, server.Password!);
    }

    /// <summary>"IMAP 127.0.0.1:993 (SSL/TLS) as alice", for messages.</summary>
    public string Describe() =>
        $"{Protocol.ToString().ToUpperInvariant()} {Host}:{Port} ({MailSecurity.Describe(Security)}) as {Username}";

    public override string ToString() =>
        $"MailboxAccount {{ ConnectionName = {ConnectionName}, Protocol = {Protocol}, Host = {Host}, Port = {Port}, " +
        $"Security = {Security}, Username = {Username}, Password = {SecretText.MaskOf(Password)} }}";
}
