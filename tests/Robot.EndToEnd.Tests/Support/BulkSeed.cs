using System.Globalization;
using System.Text.Json.Nodes;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>One seeded connection and the status it must end in.</summary>
public sealed record SeededConnection(string Name, string Status);

/// <summary>
/// Many ordinary connections for runs under faults or kills: IMAP and POP3 under every encryption against the
/// sandbox Dovecot's mailboxes, a Microsoft 365 OAuth one now and then (its OAuth2 client is on Cloud), and a few
/// that must end test-failed (wrong password) or blocked-oauth (no GMail client on Cloud).
/// </summary>
public static class BulkSeed
{
    private static readonly (string Protocol, string Encryption, string Port)[] Kinds =
    [
        ("IMAP", "No Encryption", "{{mail.imap}}"), ("IMAP", "SSL/TLS", "{{mail.imaps}}"), ("IMAP", "STARTTLS", "{{mail.imap}}"),
        ("POP3", "No Encryption", "{{mail.pop3}}"), ("POP3", "SSL/TLS", "{{mail.pop3s}}"), ("POP3", "STARTTLS", "{{mail.pop3}}"),
    ];

    private static readonly string[] Mailboxes = ["alpha", "bravo", "charlie", "delta", "echo"];

    public static string PasswordOf(string mailbox) => $"Bulk-{char.ToUpperInvariant(mailbox[0])}{mailbox[1..]}-Mailbox-{mailbox.Length * 1117}";

    public static (JsonObject Seed, IReadOnlyList<SeededConnection> Expected) Build(int count, string prefix)
    {
        var connections = new JsonArray();
        var expected = new List<SeededConnection>();
        for (var i = 1; i <= count; i++)
        {
            var number = i.ToString("000", CultureInfo.InvariantCulture);
            JsonObject connection;
            string status;
            switch (i % 25)
            {
                case 13:
                    connection = OAuth($"{prefix} {number} Microsoft 365 (OAuth)", "Microsoft 365 Tenant", "outlook.office365.com");
                    status = "migrated";
                    break;
                case 19:
                    connection = OAuth($"{prefix} {number} Gmail (OAuth)", "Google Workspace", "imap.gmail.com");
                    status = "blocked-oauth";
                    break;
                default:
                    var (protocol, encryption, port) = Kinds[i % Kinds.Length];
                    var mailbox = Mailboxes[i % Mailboxes.Length];
                    var wrong = i % 25 == 7;
                    connection = new JsonObject
                    {
                        ["name"] = $"{prefix} {number} {protocol} {encryption}" + (wrong ? " wrong password" : ""),
                        ["description"] = $"{mailbox}'s {protocol} inbox, \"{encryption}\"",
                        ["protocol"] = protocol, ["encryption"] = encryption, ["host"] = "{{mail.host}}", ["port"] = port,
                        ["username"] = $"{mailbox}@example.test",
                        ["password"] = wrong ? $"Wrong-{number}-Password" : PasswordOf(mailbox),
                        ["timeout"] = 10000,
                    };
                    status = wrong ? "test-failed" : "migrated";
                    break;
            }
            connections.Add(connection);
            expected.Add(new SeededConnection((string)connection["name"]!, status));
        }

        var seed = new JsonObject
        {
            ["server"] = new JsonObject
            {
                ["connections"] = connections,
                // The Server lacks the Gmail connections' credentials: the one case that is still blocked-oauth (one it has but cannot bring is held for that credential's reason).
                ["oauth2Credentials"] = new JsonArray(
                    new JsonObject { ["name"] = "Microsoft 365 Tenant", ["provider"] = "microsoft365" }),
            },
            ["cloud"] = new JsonObject
            {
                ["oauth2Clients"] = new JsonArray(new JsonObject { ["name"] = "Microsoft 365 Tenant", ["provider"] = "microsoft365" }),
                ["connections"] = new JsonArray(),
            },
            ["mailboxes"] = new JsonArray(Mailboxes
                .Select(m => (JsonNode)new JsonObject { ["username"] = $"{m}@example.test", ["password"] = PasswordOf(m) }).ToArray()),
        };
        return (seed, expected);
    }

    private static JsonObject OAuth(string name, string credentials, string host) => new()
    {
        ["name"] = name, ["description"] = "an OAuth mailbox", ["protocol"] = "IMAP with OAuth Credentials",
        ["encryption"] = "SSL/TLS", ["host"] = host, ["port"] = "993", ["username"] = "oauth@example.test",
        ["timeout"] = 10000, ["oauthCredentials"] = credentials,
    };
}
