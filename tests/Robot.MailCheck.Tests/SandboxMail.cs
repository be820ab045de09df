using System.Net;
using System.Net.Sockets;
using Robot.Sandbox.Mail;

namespace Robot.MailCheck.Tests;

/// <summary>The mailboxes the mail-check fixtures start Dovecot with, and Server connections pointing at them.</summary>
internal static class SandboxMail
{
    public static readonly Mailbox Alice = new("alice", "alice-Secret-1");
    public static readonly Mailbox Support = new("support@example.test", "support:Secret 2");

    public static Mailbox[] All => [Alice, Support];

    public static string[] Passwords => [Alice.Password, Support.Password];

    /// <summary>A Server connection as the Server's Edit panel would show it, with the port the encryption needs.</summary>
    public static ServerConnection Connection(
        DovecotServer server, string protocol, string encryption, Mailbox mailbox, string? name = null, string? password = null)
    {
        var endpoints = server.Endpoints;
        var pop3 = protocol == "POP3";
        var implicitTls = encryption == "SSL/TLS";
        var port = (pop3, implicitTls) switch
        {
            (false, false) => endpoints.Imap,
            (false, true) => endpoints.Imaps,
            (true, false) => endpoints.Pop3,
            (true, true) => endpoints.Pop3s,
        };
        return new ServerConnection(
            Name: name ?? $"{mailbox.Username} {protocol} {encryption}",
            Description: "rehearsal mailbox",
            Protocol: protocol,
            Encryption: encryption,
            Host: endpoints.Host,
            Username: mailbox.Username,
            Password: Secret.Of(password ?? mailbox.Password),
            Port: port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Timeout: "10000",
            OAuthCredentials: "");
    }

    public static ServerConnection OAuth(string name = "Gmail Support") =>
        new(name, "", "IMAP with OAuth Credentials", "SSL/TLS", "imap.gmail.com", "support@example.test", null, "993", "10000", "Google Workspace");

    /// <summary>A loopback port nothing listens on (bound and released at once).</summary>
    public static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
