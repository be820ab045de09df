using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Robot.MailCheck.Tests;

/// <summary>The certificate callback on its own, with certificates made here: a private CA, a leaf it issued and a stranger.</summary>
public sealed class CertificateCheckTests
{
    private static readonly (X509Certificate2 Ca, X509Certificate2 Leaf, X509Certificate2 Stranger) Made = Make();

    private static (X509Certificate2, X509Certificate2, X509Certificate2) Make()
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Robot Test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var caWithKey = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        using var leafKey = RSA.Create(2048);
        var leafRequest = new CertificateRequest("CN=mail.example.test", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        leafRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        leafRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var leaf = leafRequest.Create(caWithKey, now.AddMinutes(-1), now.AddHours(12), [1, 2, 3, 4]);

        using var strangerKey = RSA.Create(2048);
        using var stranger = new CertificateRequest("CN=stranger", strangerKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        return (X509CertificateLoader.LoadCertificate(caWithKey.RawData), X509CertificateLoader.LoadCertificate(leaf.RawData),
            X509CertificateLoader.LoadCertificate(stranger.RawData));
    }

    private static bool Validate(CertificateTrust trust, X509Certificate2 certificate, SslPolicyErrors errors, out string? rejection)
    {
        var check = trust.NewCheck();
        var accepted = check.Validate(new object(), certificate, null, errors);
        rejection = check.Rejection;
        return accepted;
    }

    [Test]
    public void A_certificate_the_system_validates_is_accepted_without_any_setting() =>
        Assert.That(Validate(CertificateTrust.SystemOnly, Made.Stranger, SslPolicyErrors.None, out _), Is.True);

    [Test]
    public void An_untrusted_certificate_is_refused_by_default_saying_why_with_its_fingerprint()
    {
        Assert.That(Validate(CertificateTrust.SystemOnly, Made.Leaf, SslPolicyErrors.RemoteCertificateChainErrors, out var why), Is.False);
        Assert.That(why, Does.Contain("CN=mail.example.test").And.Contain(CertificateTrust.Sha256Of(Made.Leaf)).And.Contain("not pinned"));
    }

    [Test]
    public void A_pinned_certificate_is_accepted_even_when_the_host_name_does_not_match()
    {
        var trust = new CertificateTrust([CertificateTrust.Sha256Of(Made.Leaf)], []);
        var errors = SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch;

        Assert.That(Validate(trust, Made.Leaf, errors, out _), Is.True);
        Assert.That(Validate(trust, Made.Stranger, errors, out _), Is.False);
    }

    [Test]
    public void A_certificate_issued_by_the_trusted_CA_is_accepted()
    {
        var trust = new CertificateTrust([], [Made.Ca], checkRevocation: false);

        Assert.That(Validate(trust, Made.Leaf, SslPolicyErrors.RemoteCertificateChainErrors, out var why), Is.True, why);
        Assert.That(Validate(trust, Made.Stranger, SslPolicyErrors.RemoteCertificateChainErrors, out why), Is.False);
        Assert.That(why, Does.Contain("does not chain to MailCheck:TrustedCertificateFile"));
    }

    [Test]
    public void A_CA_issued_certificate_for_another_host_name_is_still_refused()
    {
        var trust = new CertificateTrust([], [Made.Ca], checkRevocation: false);
        var errors = SslPolicyErrors.RemoteCertificateChainErrors | SslPolicyErrors.RemoteCertificateNameMismatch;

        Assert.That(Validate(trust, Made.Leaf, errors, out var why), Is.False);
        Assert.That(why, Does.Contain("RemoteCertificateNameMismatch"));
    }

    [Test]
    public void The_trusted_file_may_hold_the_servers_own_certificate()
    {
        var trust = new CertificateTrust([], [Made.Stranger]);
        Assert.That(Validate(trust, Made.Stranger, SslPolicyErrors.RemoteCertificateChainErrors, out _), Is.True);
    }

    [Test]
    public void No_certificate_is_refused()
    {
        var trust = new CertificateTrust([CertificateTrust.Sha256Of(Made.Leaf)], [Made.Ca]);
        var check = trust.NewCheck();

        Assert.That(check.Validate(new object(), null, null, SslPolicyErrors.RemoteCertificateNotAvailable), Is.False);
        Assert.That(check.Rejection, Is.EqualTo("the server sent no certificate"));
    }

    [Test]
    public void A_PEM_file_of_certificates_is_read_from_the_settings()
    {
        using var folder = new TempFolder();
        folder.Write("ca.pem", Made.Ca.ExportCertificatePem() + "\n" + Made.Stranger.ExportCertificatePem());
        var settings = new Robot.Adapters.Configuration.MailCheckSettings { TrustedCertificateFile = "ca.pem", CheckCertificateRevocation = false };

        var trust = CertificateTrust.From(settings, folder.File("robot.settings.json"));

        Assert.That(trust.HasTrustedCertificates, Is.True);
        Assert.That(Validate(trust, Made.Leaf, SslPolicyErrors.RemoteCertificateChainErrors, out _), Is.True);
        Assert.That(Validate(trust, Made.Stranger, SslPolicyErrors.RemoteCertificateChainErrors, out _), Is.True);
    }
}
