using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Robot.Sandbox.Mail;

/// <summary>
/// The self-signed certificate the sandbox mail server presents. Clients cannot validate it
/// through a chain, so they pin <see cref="Fingerprint"/> instead.
/// </summary>
public sealed class SandboxCertificate : IDisposable
{
    private SandboxCertificate(X509Certificate2 certificate, string certificatePath, string keyPath)
    {
        Certificate = certificate;
        CertificatePath = certificatePath;
        KeyPath = keyPath;
        Fingerprint = Sha256Of(certificate);
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>The SHA-256 fingerprint: upper-case hex of the hash of the DER certificate, no separators.</summary>
    public string Fingerprint { get; }

    public string CertificatePath { get; }

    public string KeyPath { get; }

    /// <summary>Creates the certificate and writes cert.pem and key.pem (0600) into <paramref name="directory"/>.</summary>
    public static SandboxCertificate Create(string directory, TimeProvider clock)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1")], false)); // server authentication

        var now = clock.GetUtcNow();
        using var withKey = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(30));
        var publicOnly = X509CertificateLoader.LoadCertificate(withKey.RawData);

        var certificatePath = Path.Combine(directory, "cert.pem");
        var keyPath = Path.Combine(directory, "key.pem");
        File.WriteAllText(certificatePath, withKey.ExportCertificatePem());
        File.WriteAllText(keyPath, string.Empty);
        UnixNative.SetMode(keyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return new SandboxCertificate(publicOnly, certificatePath, keyPath);
    }

    /// <summary>The SHA-256 fingerprint of any certificate, in the form of <see cref="Fingerprint"/>.</summary>
    public static string Sha256Of(X509Certificate certificate) =>
        Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));

    public void Dispose() => Certificate.Dispose();
}
