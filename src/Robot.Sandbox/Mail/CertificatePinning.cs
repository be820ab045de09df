using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Robot.Sandbox.Mail;

/// <summary>
/// Server-certificate check for one connection: a certificate passes when its chain validates
/// normally or its SHA-256 fingerprint is pinned. Remembers why it refused, for the message.
/// </summary>
internal sealed class CertificatePinning(IReadOnlySet<string> pinnedFingerprints)
{
    public string? Rejection { get; private set; }

    public static string Normalize(string fingerprint) =>
        new([.. fingerprint.Where(char.IsAsciiHexDigit).Select(char.ToUpperInvariant)]);

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (certificate is null)
        {
            Rejection = "the server sent no certificate";
            return false;
        }

        var fingerprint = SandboxCertificate.Sha256Of(certificate);
        if (pinnedFingerprints.Contains(fingerprint))
        {
            return true;
        }

        var statuses = chain?.ChainStatus.Select(s => s.Status.ToString()).Distinct().ToList() ?? [];
        var why = statuses.Count > 0 ? $"{errors}: {string.Join(", ", statuses)}" : errors.ToString();
        Rejection = $"the server certificate '{certificate.Subject}' is not trusted ({why}) and its SHA-256 fingerprint {fingerprint} is not pinned";
        return false;
    }
}
