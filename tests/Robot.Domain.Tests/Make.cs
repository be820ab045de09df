namespace Robot.Domain.Tests;

/// <summary>Test data with sensible defaults, so each test states only what matters to it.</summary>
internal static class Make
{
    public const string Password = "S3cret-Mailbox-Pass";

    public static ServerConnection Server(
        string name = "Support IMAP",
        string protocol = "IMAP",
        string encryption = "SSL/TLS",
        string host = "mail.example.test",
        string username = "support@example.test",
        string? password = Password,
        string port = "993",
        string timeout = "10000",
        string oauthCredentials = "",
        string description = "Customer support inbox") =>
        new(name, description, protocol, encryption, host, username, Secret.OrNull(password), port, timeout, oauthCredentials);

    public static ServerConnection GmailOAuth(string name = "Gmail Support", string credential = "Google Workspace") =>
        Server(name, protocol: "IMAP with OAuth Credentials", host: "imap.gmail.com", password: null, oauthCredentials: credential);

    public static ServerConnection MicrosoftOAuth(string name = "M365 Helpdesk", string credential = "Microsoft 365 Tenant") =>
        Server(name, protocol: "IMAP with OAuth Credentials", host: "outlook.office365.com", password: null, oauthCredentials: credential);

    public static ConnectionMapper Mapper(MappingRules? rules = null) => new(rules ?? MappingRules.Default);

    public static CloudConnection Cloud(ServerConnection server) =>
        ((MappingResult.Mapped)Mapper().Map(server)).Connection;
}
