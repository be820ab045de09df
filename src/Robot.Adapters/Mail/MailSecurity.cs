using MailKit.Security;
using Robot.Domain;

namespace Robot.Adapters.Mail;

/// <summary>Encryption wordings (Server, Cloud or settings) to MailKit's socket options. Unknown wordings give null, never plain text.</summary>
public static class MailSecurity
{
    private static readonly string[] PlainWords = ["none", "no encryption", "no", "plain", "plaintext", "unencrypted", "off"];

    public static SecureSocketOptions? Parse(string? encryption)
    {
        var text = (encryption ?? "").Trim();
        if (text.Length == 0) return null;
        var upper = text.ToUpperInvariant();
        if (upper.Contains("STARTTLS") || upper.Contains("START TLS")) return SecureSocketOptions.StartTls;
        if (DefaultPorts.IsImplicitTls(text)) return SecureSocketOptions.SslOnConnect;
        return PlainWords.Contains(text, StringComparer.OrdinalIgnoreCase) ? SecureSocketOptions.None : null;
    }

    /// <summary>How a message names the options: the Cloud's wording.</summary>
    public static string Describe(SecureSocketOptions options) => options switch
    {
        SecureSocketOptions.SslOnConnect => "SSL/TLS",
        SecureSocketOptions.StartTls => "STARTTLS",
        SecureSocketOptions.None => "no encryption",
        _ => options.ToString(),
    };

    /// <summary>The usual SMTP port for the options: 465 (SSL/TLS), 587 (STARTTLS submission) or 25.</summary>
    public static int DefaultSmtpPort(SecureSocketOptions options) => options switch
    {
        SecureSocketOptions.SslOnConnect => 465,
        SecureSocketOptions.StartTls => 587,
        _ => 25,
    };
}
