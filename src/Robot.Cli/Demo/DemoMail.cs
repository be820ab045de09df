using Robot.Application;
using System.Text.Json.Serialization;
using Robot.Adapters.Configuration;

namespace Robot.Cli.Demo;

/// <summary>The sandbox's mail endpoints as its urls file gives them ("mail").</summary>
public sealed record SandboxMail(
    [property: JsonPropertyName("Host")] string Host,
    [property: JsonPropertyName("Smtp")] int Smtp);

/// <summary>demo --send-test-email: the sandbox's SMTP entry point as the relay, its certificate trusted by its pinned fingerprint.</summary>
public static class DemoMail
{
    public static void Configure(RobotSettings settings, SandboxUrlsFile urls, RunRequest request)
    {
        if (!request.SendTestEmail && !request.Preflight) return;
        if (urls.Mail is { } mail && request.SendTestEmail)
        {
            settings.MailCheck.Smtp.Host = mail.Host;
            settings.MailCheck.Smtp.Port = mail.Smtp;
            settings.MailCheck.Smtp.Encryption = "None";
            settings.MailCheck.Smtp.Username = "";
        }
        if (!string.IsNullOrWhiteSpace(urls.MailCertificateFingerprint) && !settings.MailCheck.PinnedFingerprints.Contains(urls.MailCertificateFingerprint))
            settings.MailCheck.PinnedFingerprints.Add(urls.MailCertificateFingerprint);
    }
}
