using System.Text.Json.Serialization;

namespace Robot.Bench;

/// <summary>What the sandbox writes to its --urls-file once it is ready (the site logins included: kept in a private temp folder).</summary>
public sealed record SandboxUrls(
    [property: JsonPropertyName("server")] string Server,
    [property: JsonPropertyName("cloud")] string Cloud,
    [property: JsonPropertyName("app")] string App,
    [property: JsonPropertyName("serverLogin")] SiteLogin ServerLogin,
    [property: JsonPropertyName("cloudLogin")] SiteLogin CloudLogin,
    [property: JsonPropertyName("mail")] MailPorts Mail,
    [property: JsonPropertyName("mailCertificateFingerprint")] string? MailCertificateFingerprint);

public sealed record SiteLogin(
    [property: JsonPropertyName("User")] string User,
    [property: JsonPropertyName("Password")] string Password)
{
    public override string ToString() => $"SiteLogin {{ User = {User}, Password = *** }}";
}

/// <summary>The sandbox Dovecot's address and ports, which the seed's {{mail.…}} tokens became.</summary>
public sealed record MailPorts(
    [property: JsonPropertyName("Host")] string Host,
    [property: JsonPropertyName("Imap")] int Imap,
    [property: JsonPropertyName("Imaps")] int Imaps,
    [property: JsonPropertyName("Pop3")] int Pop3,
    [property: JsonPropertyName("Pop3s")] int Pop3s)
{
    public int Port(string token) => token switch
    {
        "imap" => Imap,
        "imaps" => Imaps,
        "pop3" => Pop3,
        "pop3s" => Pop3s,
        _ => throw new ArgumentException($"unknown mail port token '{token}'", nameof(token)),
    };
}
