using System.Text.Json.Nodes;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// A few connections for runs against the sandbox's page quirks: IMAP and POP3 on two mailboxes, a name with runs of
/// spaces, two connections of the same name (the first in the list is migrated), one that may be set never to fill
/// in, and a Microsoft 365 OAuth one whose client is on Cloud.
/// </summary>
public static class QuirkSeed
{
    public const string Spaced = "Runs   of    spaces  IMAP";
    public const string SameName = "Same Name";
    public const string NeverFills = "Never Fills";
    public const string OAuth = "Helpdesk M365 (OAuth)";
    public const string OAuthClient = "Microsoft 365 Tenant";

    private const string Alpha = "alpha@example.test", AlphaPassword = "Quirk-Alpha-Mailbox-4410";
    private const string Bravo = "bravo@example.test", BravoPassword = "Quirk-Bravo-Mailbox-5521";

    /// <summary>The seed; with <paramref name="neverFills"/> false, the Never Fills connection is left out.</summary>
    public static JsonObject Seed(bool neverFills = true)
    {
        var connections = new JsonArray(
            Connection("Plain IMAP", "alpha's inbox", "IMAP", "No Encryption", "{{mail.imap}}", Alpha, AlphaPassword, "10000"),
            Connection("Plain POP3 SSL", "bravo's POP3, \"SSL\"", "POP3", "SSL/TLS", "{{mail.pop3s}}", Bravo, BravoPassword, "20000"),
            Connection(Spaced, "a name with runs of spaces", "IMAP", "STARTTLS", "{{mail.imap}}", Bravo, BravoPassword, "30000"),
            Connection(SameName, "the first of two", "IMAP", "SSL/TLS", "{{mail.imaps}}", Alpha, AlphaPassword, "40000"),
            Connection(SameName, "the second of two", "POP3", "No Encryption", "{{mail.pop3}}", Bravo, BravoPassword, "50000"),
            new JsonObject
            {
                ["name"] = OAuth, ["description"] = "OAuth", ["protocol"] = "IMAP with OAuth Credentials", ["encryption"] = "SSL/TLS",
                ["host"] = "outlook.office365.com", ["port"] = "993", ["username"] = "helpdesk@example.test",
                ["timeout"] = "15000", ["oauthCredentials"] = OAuthClient,
            });
        if (neverFills)
            connections.Insert(2, Connection(NeverFills, "its dialog never fills in", "IMAP", "No Encryption", "{{mail.imap}}", Alpha, AlphaPassword, "60000"));
        return new JsonObject
        {
            ["server"] = new JsonObject
            {
                ["connections"] = connections,
                ["oauth2Credentials"] = new JsonArray(new JsonObject { ["name"] = OAuthClient, ["provider"] = "microsoft365" }),
            },
            ["cloud"] = new JsonObject
            {
                ["oauth2Clients"] = new JsonArray(new JsonObject { ["name"] = OAuthClient, ["provider"] = "microsoft365" }),
                ["connections"] = new JsonArray(),
            },
            ["mailboxes"] = new JsonArray(
                new JsonObject { ["username"] = Alpha, ["password"] = AlphaPassword },
                new JsonObject { ["username"] = Bravo, ["password"] = BravoPassword }),
        };
    }

    private static JsonObject Connection(string name, string description, string protocol, string encryption, string port,
        string username, string password, string timeout) => new()
    {
        ["name"] = name, ["description"] = description, ["protocol"] = protocol, ["encryption"] = encryption,
        ["host"] = "{{mail.host}}", ["port"] = port, ["username"] = username, ["password"] = password, ["timeout"] = timeout,
    };
}
