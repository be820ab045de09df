using System.Globalization;
using System.Text.Json;

namespace Robot.Bench;

/// <summary>
/// A seed of N connections for the sandbox (the format of src/Robot.Sandbox/Seed), every one with its mailbox's right
/// password so every one is migrated. The mix repeats every ten: six IMAP, four POP3; five SSL/TLS, three STARTTLS,
/// two without encryption, as an estate that moved most mailboxes to TLS would look.
/// </summary>
public static class SeedGenerator
{
    private static readonly (string Protocol, string Encryption)[] Mix =
    [
        ("IMAP", "SSL/TLS"), ("IMAP", "SSL/TLS"), ("IMAP", "STARTTLS"), ("IMAP", "No Encryption"), ("IMAP", "SSL/TLS"),
        ("IMAP", "STARTTLS"), ("POP3", "SSL/TLS"), ("POP3", "SSL/TLS"), ("POP3", "STARTTLS"), ("POP3", "No Encryption"),
    ];

    private static readonly string[] Teams = ["support", "sales", "helpdesk", "billing", "hr", "ops", "legal", "archive"];

    public static IReadOnlyList<BenchMailbox> Mailboxes { get; } =
        Teams.Select((team, i) => new BenchMailbox($"bench-{team}@example.test", $"Bench-{Capitalized(team)}-{4100 + i * 131}")).ToList();

    public static IReadOnlyList<BenchConnection> Connections(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var connections = new List<BenchConnection>(count);
        for (var i = 0; i < count; i++)
        {
            var (protocol, encryption) = Mix[i % Mix.Length];
            var mailbox = Mailboxes[i % Mailboxes.Count];
            var team = Teams[i % Teams.Length];
            var number = (i + 1).ToString("0000", CultureInfo.InvariantCulture);
            var tls = encryption == "SSL/TLS";
            var portToken = (protocol == "IMAP" ? "imap" : "pop3") + (tls ? "s" : "");
            connections.Add(new BenchConnection(
                Name: $"Bench {number} {Capitalized(team)} {protocol}{(encryption == "No Encryption" ? "" : " " + encryption)}",
                Description: $"{Capitalized(team)} inbox {number} (benchmark)",
                Protocol: protocol,
                Encryption: encryption,
                Username: mailbox.Username,
                Password: mailbox.Password,
                PortToken: portToken,
                TimeoutMs: encryption == "STARTTLS" ? 20000 : 10000));
        }
        return connections;
    }

    /// <summary>The seed file's text: Server connections with mail tokens, no Cloud connections, the mailboxes.</summary>
    public static string SeedJson(IReadOnlyList<BenchConnection> connections)
    {
        var seed = new
        {
            server = new
            {
                connections = connections.Select(c => new
                {
                    name = c.Name,
                    description = c.Description,
                    protocol = c.Protocol,
                    encryption = c.Encryption,
                    host = "{{mail.host}}",
                    username = c.Username,
                    port = $"{{{{mail.{c.PortToken}}}}}",
                    timeout = c.TimeoutMs,
                    password = c.Password,
                }),
                oauth2Credentials = Array.Empty<object>(),
            },
            cloud = new { oauth2Clients = Array.Empty<object>(), connections = Array.Empty<object>() },
            mailboxes = Mailboxes.Select(m => new { username = m.Username, password = m.Password }),
        };
        return JsonSerializer.Serialize(seed, new JsonSerializerOptions { WriteIndented = true });
    }

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
