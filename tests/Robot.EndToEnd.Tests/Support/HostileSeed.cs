using System.Text.Json.Nodes;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>One hostile Server record and the row a truthful robot writes for it.</summary>
/// <param name="Message">A part the row's message must hold (blank: any).</param>
public sealed record HostileCase(JsonObject Server, string Status = "migrated", string Message = "")
{
    public string Name => (string)Server["name"]!;
}

/// <summary>
/// A seed of Server data that breaks naive robots: quotes, commas, newlines, HTML and script tags, right-to-left and
/// emoji text, CSV formulas, 255+ characters, blank fields, non-numeric ports, duplicate names, an unknown protocol;
/// plus ordinary connections. Each record carries the status and message its results.csv row must have.
/// </summary>
public static class HostileSeed
{
    public const string Mailbox = "hostile@example.test";
    public const string MailboxPassword = "Hostile,\"Mail\"box-4471";
    public const string PlainMailbox = "plain@example.test";
    public const string PlainPassword = "Plain-Mailbox-3307";
    public const string WrongPassword = "Wrong,\"Pass\"-0000";
    public const string OnCloud = "Already There";

    /// <summary>The Cloud's documented limits (src/Robot.Sandbox/Sites/Cloud/README.md).</summary>
    public const int CloudMaxName = 255, CloudMaxDescription = 1000;

    public static readonly string LongName255 = "Long name " + new string('n', CloudMaxName - 12) + " ✓";
    public static readonly string LongName300 = "Too long a name " + new string('x', 300 - 16);
    private static readonly string LongDescription = string.Concat(Enumerable.Repeat("Lorem, \"ipsum\" <b>dolor</b>\nsit amet 📬 ", 20));
    private static readonly string TooLongDescription = string.Concat(Enumerable.Repeat("0123456789", 120));

    /// <summary>Rendered text folds its blanks; the name as the page holds it does not.</summary>
    public const string SpacedName = "Runs   of  spaces   IMAP";

    public static IReadOnlyList<HostileCase> Cases { get; } = Build();

    private static List<HostileCase> Build()
    {
        const string Invalid = "invalid";
        return
        [
            // Ordinary ones.
            new(Imap("Plain IMAP", "An ordinary inbox")),
            new(Imap("Plain IMAP SSL", "An ordinary inbox over SSL/TLS", encryption: "SSL/TLS", port: "{{mail.imaps}}")),
            new(Pop3("Plain POP3", "An ordinary POP3 inbox")),
            new(Pop3("Plain POP3 STARTTLS", "POP3 upgraded", encryption: "STARTTLS")),
            // Text that breaks CSV writers, HTML pages and selectors.
            new(Imap("Quotes \"double\" and 'single'", "He said \"hello\", she said 'bye'")),
            new(Imap("Commas, commas, commas", "a,b,c,,d")),
            new(Imap("Multi-line description", "first line\nsecond line, \"quoted\"\nthird line")),
            new(Imap("<b>Bold</b> & <i>italic</i>", "<p>paragraph</p> &amp; &lt;escaped&gt;")),
            new(Imap("<script>alert('x')</script>", "<script>document.title='pwned'</script>")),
            new(Imap("\"><img src=x onerror=alert(1)>", "<img src=x onerror=\"alert(2)\">")),
            new(Imap("דואר נכנס — תמיכה", "תיבת דואר, עם \"מרכאות\"")),
            new(Imap("البريد الوارد 📬", "مرحبا بالعالم\nسطر ثان")),
            new(Imap("📬 Mailroom 🚀 👩‍👩‍👧", "emoji only: 📬🚀✉️")),
            new(Imap("=HYPERLINK(\"http://evil.test\",\"x\")", "=1+2")),
            new(Imap("+1-555 Sales", "@SUM(A1)")),
            new(Imap("-2+3 Ops", "-2+3")),
            new(Imap(SpacedName, "a name with runs of spaces, as the page holds it")),
            new(Imap("Back\\slash C:\\mail\\inbox", "tab\tseparated\tvalues")),
            new(Imap("Bidi override \u202Eevil", "\u202Etxt.exe")),
            new(Imap("Zürich – Straße – 東京", "Zürich – Straße – 東京")),
            // Lengths: up to the Cloud's limits everything is kept whole; beyond them the Cloud refuses and the row says so.
            new(Imap("Long description IMAP", LongDescription)),
            new(Imap(LongName255, "a name of exactly 255 characters")),
            new(Imap(LongName300, "a name of 300 characters"), "failed",
                $"Name must be at most {CloudMaxName} characters (this one has 300)"),
            new(Imap("Too long description IMAP", TooLongDescription), "failed",
                $"Description must be at most {CloudMaxDescription} characters (this one has 1200)"),
            // Blank fields.
            new(Imap("Blank description IMAP", "")),
            new(Imap("Blank timeout IMAP", "", timeout: "")),
            new(Imap("", "a connection without a name"), Invalid, "Name: : is blank"),
            new(Imap("Blank host IMAP", "", host: ""), Invalid, "Host: : is blank"),
            new(Imap("Blank username IMAP", "", username: ""), Invalid, "Username: : is blank"),
            new(Imap("Blank password IMAP", "", password: ""), "needs-password", "withholds the password"),
            // Values the Cloud cannot take.
            new(Imap("Port abc IMAP", "", port: "abc"), Invalid, "Port: abc: is not a whole number"),
            new(Imap("Port 99999 IMAP", "", port: "99999"), Invalid, "Port: 99999: is not a whole number"),
            new(Imap("Timeout ten seconds IMAP", "", timeout: "ten seconds"), Invalid, "Timeout: ten seconds: is not a whole number"),
            new(Imap("Exchange Web Services", "", protocol: "Exchange Web Services"), Invalid,
                "Protocol: Exchange Web Services: contains neither IMAP, POP3 nor OAuth"),
            new(Imap("TLS 1.0 IMAP", "", encryption: "TLS 1.0"), Invalid, "Encryption: TLS 1.0: has no Cloud wording"),
            // Duplicates on the Server: the first is migrated, every later one (case-insensitive) is refused.
            new(Imap("Duplicate, \"Name\"", "the first of three")),
            new(Imap("Duplicate, \"Name\"", "the second of three"), Invalid, "duplicate name on Server"),
            new(Imap("DUPLICATE, \"NAME\"", "the third, in capitals"), Invalid, "duplicate name on Server"),
            // Other truths.
            new(Imap("Wrong password, \"IMAP\"", "the mailbox refuses this password", password: WrongPassword), "test-failed", "Connection failed"),
            new(Imap("ALREADY THERE", "on Cloud under another case"), "already-exists", "already on Cloud"),
            new(OAuth("M365 <Helpdesk> 📬", "Microsoft 365 Tenant", "outlook.office365.com")),
            new(OAuth("Gmail, \"blocked\" (OAuth)", "Google Workspace", "imap.gmail.com"), "blocked-oauth", "must be migrated first"),
            new(OAuth("OAuth without credentials", "", "imap.gmail.com"), Invalid, "OAuthCredentials: : is blank"),
        ];
    }

    /// <summary>The seed file: the cases on the Server, one connection and the Microsoft 365 client on Cloud, two mailboxes.</summary>
    public static JsonObject Seed(IEnumerable<HostileCase> cases) => new()
    {
        ["server"] = new JsonObject
        {
            ["connections"] = new JsonArray(cases.Select(c => (JsonNode)c.Server.DeepClone()).ToArray()),
            // The Server lacks the Gmail connections' credentials: the one case that is still blocked-oauth (one it has but cannot bring is held for that credential's reason).
            ["oauth2Credentials"] = new JsonArray(
                new JsonObject { ["name"] = "Microsoft 365 Tenant", ["provider"] = "microsoft365" }),
        },
        ["cloud"] = new JsonObject
        {
            ["oauth2Clients"] = new JsonArray(new JsonObject { ["name"] = "Microsoft 365 Tenant", ["provider"] = "microsoft365" }),
            ["connections"] = new JsonArray(new JsonObject
            {
                ["name"] = OnCloud, ["description"] = "made on Cloud by hand", ["serviceProvider"] = "General IMAP4 service",
                ["encryption"] = "None", ["host"] = "{{mail.host}}", ["port"] = "{{mail.imap}}", ["username"] = PlainMailbox,
                ["password"] = PlainPassword, ["timeout"] = 10000,
            }),
        },
        ["mailboxes"] = new JsonArray(
            new JsonObject { ["username"] = Mailbox, ["password"] = MailboxPassword },
            new JsonObject { ["username"] = PlainMailbox, ["password"] = PlainPassword }),
    };

    private static JsonObject Imap(string name, string description, string protocol = "IMAP", string encryption = "No Encryption",
        string host = "{{mail.host}}", string port = "{{mail.imap}}", string username = Mailbox, string password = MailboxPassword,
        string timeout = "10000") => new()
    {
        ["name"] = name, ["description"] = description, ["protocol"] = protocol, ["encryption"] = encryption,
        ["host"] = host, ["port"] = port, ["username"] = username, ["password"] = password, ["timeout"] = timeout,
    };

    private static JsonObject Pop3(string name, string description, string encryption = "No Encryption") =>
        Imap(name, description, protocol: "POP3", encryption: encryption, port: encryption == "SSL/TLS" ? "{{mail.pop3s}}" : "{{mail.pop3}}",
            username: PlainMailbox, password: PlainPassword);

    private static JsonObject OAuth(string name, string credentials, string host) => new()
    {
        ["name"] = name, ["description"] = "OAuth, with <angle> brackets", ["protocol"] = "IMAP with OAuth Credentials",
        ["encryption"] = "SSL/TLS", ["host"] = host, ["port"] = "993", ["username"] = "oauth@example.test",
        ["timeout"] = "10000", ["oauthCredentials"] = credentials,
    };
}
