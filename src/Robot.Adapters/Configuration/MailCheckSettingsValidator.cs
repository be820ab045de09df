using MimeKit;
using Robot.Adapters.Mail;

namespace Robot.Adapters.Configuration;

/// <summary>Range and format checks on the MailCheck section, naming the key that is wrong. Run when a mail check is set up.</summary>
public static class MailCheckSettingsValidator
{
    public const int MaxTimeoutSeconds = 600;
    public const int MaxWaitSeconds = 3600;

    /// <param name="source">The settings file, for the message.</param>
    /// <param name="requireRelay">True for the test email, which cannot be sent without a relay.</param>
    public static void Validate(MailCheckSettings settings, string source, bool requireRelay = false)
    {
        void Fail(string key, string reason) => throw new ConfigurationException(source, $"{MailCheckSettings.Section}:{key}", reason);

        if (settings.TimeoutSeconds is < 1 or > MaxTimeoutSeconds)
            Fail("TimeoutSeconds", $"must be 1-{MaxTimeoutSeconds}, not {settings.TimeoutSeconds}");
        if (settings.WaitSeconds is < 1 or > MaxWaitSeconds)
            Fail("WaitSeconds", $"must be 1-{MaxWaitSeconds}, not {settings.WaitSeconds}");
        if (!MailboxAddress.TryParse(settings.From, out var from) || !from.Address.Contains('@'))
            Fail("From", $"must be a mail address, not '{settings.From}'");
        if (string.IsNullOrWhiteSpace(settings.SubjectPrefix)) Fail("SubjectPrefix", "is blank");

        for (var i = 0; i < settings.PinnedFingerprints.Count; i++)
        {
            var normalized = CertificateTrust.Normalize(settings.PinnedFingerprints[i]);
            if (normalized.Length != 64)
                Fail($"PinnedFingerprints:{i}", $"must be a SHA-256 fingerprint (64 hex digits), not '{settings.PinnedFingerprints[i]}'");
        }
        foreach (var (name, address) in settings.Addresses)
        {
            if (!MailboxAddress.TryParse(address, out var parsed) || !parsed.Address.Contains('@'))
                Fail($"Addresses:{name}", $"must be a mail address, not '{address}'");
        }

        var smtp = settings.Smtp;
        if (MailSecurity.Parse(smtp.Encryption) is null)
            Fail("Smtp:Encryption", $"must be None, SSL/TLS or STARTTLS, not '{smtp.Encryption}'");
        if (smtp.Port is < 0 or > 65535) Fail("Smtp:Port", $"must be 1-65535 (0 for the default), not {smtp.Port}");
        if (requireRelay && string.IsNullOrWhiteSpace(smtp.Host))
            Fail("Smtp:Host", "is blank; the test email needs an SMTP relay to send it through");
    }
}
