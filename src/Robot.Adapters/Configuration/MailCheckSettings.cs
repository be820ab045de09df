namespace Robot.Adapters.Configuration;

/// <summary>
/// The "MailCheck" section: preflight logins, the final test email and which mail-server certificates to trust.
/// Certificates are always validated; a private one (the sandbox's self-signed one) is trusted only through
/// <see cref="TrustedCertificateFile"/> or <see cref="PinnedFingerprints"/>. The relay password is read from
/// <see cref="SmtpPasswordVariable"/> only, so it has no key here.
/// </summary>
public sealed class MailCheckSettings
{
    public const string Section = "MailCheck";
    public const string SmtpPasswordVariable = RobotSettingsLoader.EnvironmentPrefix + "MailCheck__Smtp__Password";

    /// <summary>A PEM file of certificates (a private CA, or the server's own certificate) to trust; relative to the settings file's folder.</summary>
    public string? TrustedCertificateFile { get; set; }

    /// <summary>SHA-256 fingerprints (hex, separators allowed) of server certificates to accept whatever their chain.</summary>
    public List<string> PinnedFingerprints { get; set; } = [];

    /// <summary>Whether a certificate's revocation is checked (needs the CA's CRL or OCSP server to be reachable).</summary>
    public bool CheckCertificateRevocation { get; set; } = true;

    /// <summary>Bound on one login (connect, TLS, authenticate), in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>How long the test email may take to arrive before it counts as not delivered, in seconds.</summary>
    public int WaitSeconds { get; set; } = 60;

    /// <summary>The sender of the test email.</summary>
    public string From { get; set; } = "jira-migration-robot@localhost";

    /// <summary>The test email's subject is this, a space and a unique token.</summary>
    public string SubjectPrefix { get; set; } = "Mail connection check";

    public MailCheckSmtpSettings Smtp { get; set; } = new();

    /// <summary>Connection name (or mailbox username) → mail address, for mailboxes whose username is not an address.</summary>
    public Dictionary<string, string> Addresses { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><see cref="TrustedCertificateFile"/> as a full path, relative paths taken from <paramref name="settingsFile"/>'s folder.</summary>
    public string? TrustedCertificatePath(string settingsFile)
    {
        if (string.IsNullOrWhiteSpace(TrustedCertificateFile)) return null;
        return Path.IsPathRooted(TrustedCertificateFile) || settingsFile.Length == 0
            ? TrustedCertificateFile
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settingsFile))!, TrustedCertificateFile));
    }
}

/// <summary>The SMTP relay the test email is sent through. The password comes from ROBOT_MailCheck__Smtp__Password only.</summary>
public sealed class MailCheckSmtpSettings
{
    /// <summary>Blank: no relay, so no test email can be sent.</summary>
    public string Host { get; set; } = "";

    /// <summary>0 means the default for <see cref="Encryption"/>: 465 for SSL/TLS, 587 for STARTTLS, 25 for None.</summary>
    public int Port { get; set; }

    /// <summary>None, SSL/TLS or STARTTLS.</summary>
    public string Encryption { get; set; } = "STARTTLS";

    /// <summary>Blank: the relay is used without logging in.</summary>
    public string Username { get; set; } = "";
}
