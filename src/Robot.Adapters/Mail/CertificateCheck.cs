using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using MailKit;

namespace Robot.Adapters.Mail;

/// <summary>
/// The server-certificate callback of one connection. Accepts a certificate whose chain validates, whose fingerprint is
/// pinned, or that is (or chains up to) a trusted certificate; a host-name mismatch is forgiven only for a pinned or
/// explicitly trusted certificate. Remembers why it refused, for the message.
/// </summary>
public sealed class CertificateCheck
{
    private readonly CertificateTrust trust;

    internal CertificateCheck(CertificateTrust trust) => this.trust = trust;

    /// <summary>Why the last certificate was refused; null when none was.</summary>
    public string? Rejection { get; private set; }

    /// <summary>Sets this check (and the revocation policy) on a MailKit client before it connects.</summary>
    public void ApplyTo(IMailService client)
    {
        client.CheckCertificateRevocation = trust.CheckRevocation;
        client.ServerCertificateValidationCallback = Validate;
    }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return true;
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            Rejection = "the server sent no certificate";
            return false;
        }

        var fingerprint = CertificateTrust.Sha256Of(certificate);
        if (trust.IsPinned(fingerprint)) return true;

        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        if (trust.IsTrustedItself(leaf)) return true;
        var nameMismatch = errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch);
        if (!nameMismatch && trust.ChainsToTrusted(leaf, chain)) return true;

        Rejection = Describe(certificate, chain, errors, fingerprint, nameMismatch);
        return false;
    }

    private string Describe(X509Certificate certificate, X509Chain? chain, SslPolicyErrors errors, string fingerprint, bool nameMismatch)
    {
        var statuses = chain?.ChainStatus.Select(s => s.Status.ToString()).Distinct().ToList() ?? [];
        var why = statuses.Count > 0 ? $"{errors}: {string.Join(", ", statuses)}" : errors.ToString();
        var trusted = trust.HasTrustedCertificates
            ? nameMismatch ? ", is not itself in MailCheck:TrustedCertificateFile" : ", does not chain to MailCheck:TrustedCertificateFile"
            : "";
        return $"the server certificate '{certificate.Subject}' is not trusted ({why}){trusted} and its SHA-256 fingerprint " +
            $"{fingerprint} is not pinned in MailCheck:PinnedFingerprints";
    }
}
