using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Robot.Adapters.Configuration;

namespace Robot.Adapters.Mail;

/// <summary>
/// Which mail-server certificates the robot accepts: those whose chain the system validates, plus, only when the settings
/// say so, those whose SHA-256 fingerprint is pinned and those that are, or chain up to, a certificate of the trusted
/// PEM file. Validation is never switched off. Each connection gets its own <see cref="CertificateCheck"/>.
/// </summary>
public sealed class CertificateTrust
{
    private readonly IReadOnlySet<string> pinned;
    private readonly X509Certificate2Collection trusted;

    public CertificateTrust(IEnumerable<string> pinnedFingerprints, IEnumerable<X509Certificate2> trustedCertificates, bool checkRevocation = true)
    {
        pinned = pinnedFingerprints.Select(Normalize).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        trusted = [.. trustedCertificates];
        CheckRevocation = checkRevocation;
    }

    /// <summary>Only what the system trusts.</summary>
    public static CertificateTrust SystemOnly { get; } = new([], []);

    public bool CheckRevocation { get; }

    public bool HasPins => pinned.Count > 0;

    public bool HasTrustedCertificates => trusted.Count > 0;

    /// <summary>The trust the MailCheck settings describe; refuses an unreadable or empty certificate file.</summary>
    public static CertificateTrust From(MailCheckSettings settings, string settingsFile)
    {
        var path = settings.TrustedCertificatePath(settingsFile);
        return new CertificateTrust(settings.PinnedFingerprints, path is null ? [] : ReadPem(path, settingsFile), settings.CheckCertificateRevocation);
    }

    /// <summary>Upper-case hex without separators: "ab:cd:…" and "ABCD…" are the same fingerprint.</summary>
    public static string Normalize(string fingerprint) =>
        new([.. fingerprint.Where(char.IsAsciiHexDigit).Select(char.ToUpperInvariant)]);

    /// <summary>The SHA-256 fingerprint of a certificate's DER bytes, in <see cref="Normalize"/>d form.</summary>
    public static string Sha256Of(X509Certificate certificate) => Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));

    public CertificateCheck NewCheck() => new(this);

    internal bool IsPinned(string fingerprint) => pinned.Contains(fingerprint);

    internal bool IsTrustedItself(X509Certificate2 certificate) =>
        trusted.Any(candidate => candidate.RawDataMemory.Span.SequenceEqual(certificate.RawDataMemory.Span));

    /// <summary>Whether the certificate chains up to one of the trusted certificates, taken as the only roots.</summary>
    internal bool ChainsToTrusted(X509Certificate2 certificate, X509Chain? presented)
    {
        if (trusted.Count == 0) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = CheckRevocation ? X509RevocationMode.Online : X509RevocationMode.NoCheck;
        if (presented is not null)
            foreach (var element in presented.ChainElements)
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
        return chain.Build(certificate);
    }

    private static X509Certificate2Collection ReadPem(string path, string settingsFile)
    {
        const string key = MailCheckSettings.Section + ":TrustedCertificateFile";
        if (!File.Exists(path)) throw new ConfigurationException(settingsFile, key, $"the file {path} does not exist");
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
        }
        catch (CryptographicException error)
        {
            throw new ConfigurationException(settingsFile, key, $"{path} is not a PEM certificate file: {error.Message}", error);
        }
        if (certificates.Count == 0)
            throw new ConfigurationException(settingsFile, key, $"{path} holds no certificate (-----BEGIN CERTIFICATE-----)");
        return certificates;
    }
}
