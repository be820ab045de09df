using Robot.Adapters.Configuration;

namespace Robot.MailCheck.Tests;

public sealed class MailCheckSettingsTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    private RobotSettings Load(string json) => RobotSettingsLoader.Load(folder.Write(RobotSettings.FileName, json));

    [Test]
    public void The_shipped_settings_file_has_the_MailCheck_defaults_and_no_relay()
    {
        var shipped = RobotSettingsLoader.FindDefault(TestContext.CurrentContext.TestDirectory);
        var mailCheck = RobotSettingsLoader.Load(shipped).MailCheck;

        Assert.That((mailCheck.TimeoutSeconds, mailCheck.WaitSeconds, mailCheck.CheckCertificateRevocation), Is.EqualTo((20, 60, true)));
        Assert.That((mailCheck.Smtp.Host, mailCheck.Smtp.Port, mailCheck.Smtp.Encryption), Is.EqualTo(("", 0, "STARTTLS")));
        Assert.That(mailCheck.PinnedFingerprints, Is.Empty);
        Assert.That(mailCheck.TrustedCertificatePath(shipped), Is.Null);
        Assert.DoesNotThrow(() => MailPreflight.From(RobotSettingsLoader.Load(shipped)));
    }

    [Test]
    public void Values_are_read_from_the_file_and_the_certificate_file_is_relative_to_it()
    {
        var settings = Load("""
            {
              "MailCheck": {
                "TimeoutSeconds": 5, "WaitSeconds": 3, "From": "robot@example.test", "SubjectPrefix": "Check",
                "Smtp": { "Host": "smtp.example.test", "Port": 2525, "Encryption": "SSL/TLS", "Username": "robot" },
                "Addresses": { "Alice POP3": "alice@example.test" },
                "TrustedCertificateFile": "certs/mail.pem",
                "PinnedFingerprints": [ "ab:cd" ],
                "CheckCertificateRevocation": false
              }
            }
            """);
        var mailCheck = settings.MailCheck;

        Assert.That((mailCheck.TimeoutSeconds, mailCheck.WaitSeconds, mailCheck.From, mailCheck.SubjectPrefix),
            Is.EqualTo((5, 3, "robot@example.test", "Check")));
        Assert.That((mailCheck.Smtp.Host, mailCheck.Smtp.Port, mailCheck.Smtp.Encryption, mailCheck.Smtp.Username),
            Is.EqualTo(("smtp.example.test", 2525, "SSL/TLS", "robot")));
        Assert.That(mailCheck.Addresses["alice pop3"], Is.EqualTo("alice@example.test"));
        Assert.That(mailCheck.PinnedFingerprints, Is.EqualTo(new[] { "ab:cd" }));
        Assert.That(mailCheck.CheckCertificateRevocation, Is.False);
        Assert.That(mailCheck.TrustedCertificatePath(settings.SourceFile), Is.EqualTo(Path.Combine(folder.Path, "certs", "mail.pem")));
    }

    [Test]
    public void A_relay_password_in_the_file_is_refused()
    {
        var error = Assert.Throws<ConfigurationException>(() =>
            Load("""{ "MailCheck": { "Smtp": { "Host": "smtp.example.test", "Password": "in-the-file" } } }"""));

        Assert.That(error!.Key, Is.EqualTo("MailCheck:Smtp:Password"));
        Assert.That(error.Message, Does.Not.Contain("in-the-file"));
    }

    [Test]
    public void A_misspelt_MailCheck_key_is_refused() =>
        Assert.That(Assert.Throws<ConfigurationException>(() => Load("""{ "MailCheck": { "WaitSecs": 3 } }"""))!.Key,
            Is.EqualTo("MailCheck:WaitSecs"));

    [Test]
    public void The_relay_password_is_read_from_the_environment_only()
    {
        var settings = Load("""{ "MailCheck": { "Smtp": { "Host": "127.0.0.1", "Port": 2525, "Encryption": "None", "Username": "robot" } } }""");
        string? asked = null;

        Assert.DoesNotThrow(() => TestEmailCheck.From(settings, name => { asked = name; return "from-the-environment"; }));
        Assert.That(asked, Is.EqualTo("ROBOT_MailCheck__Smtp__Password"));
        Assert.Throws<ConfigurationException>(() => TestEmailCheck.From(settings, _ => null));
    }

    [TestCase("TimeoutSeconds", "0", "MailCheck:TimeoutSeconds")]
    [TestCase("WaitSeconds", "0", "MailCheck:WaitSeconds")]
    [TestCase("WaitSeconds", "99999", "MailCheck:WaitSeconds")]
    [TestCase("From", "\"not an address\"", "MailCheck:From")]
    [TestCase("SubjectPrefix", "\" \"", "MailCheck:SubjectPrefix")]
    [TestCase("PinnedFingerprints", "[ \"12:34\" ]", "MailCheck:PinnedFingerprints:0")]
    [TestCase("Addresses", "{ \"Alice\": \"alice\" }", "MailCheck:Addresses:Alice")]
    [TestCase("Smtp", "{ \"Encryption\": \"Sometimes\" }", "MailCheck:Smtp:Encryption")]
    [TestCase("Smtp", "{ \"Port\": 70000 }", "MailCheck:Smtp:Port")]
    public void A_wrong_value_is_refused_naming_its_key(string key, string json, string fullKey)
    {
        var settings = Load($$"""{ "MailCheck": { "{{key}}": {{json}} } }""");

        var error = Assert.Throws<ConfigurationException>(() => MailPreflight.From(settings));

        Assert.That(error!.Key, Is.EqualTo(fullKey));
        Assert.That(error.File, Is.EqualTo(settings.SourceFile));
    }

    [Test]
    public void A_missing_or_empty_trusted_certificate_file_is_refused()
    {
        var missing = Load("""{ "MailCheck": { "TrustedCertificateFile": "nowhere.pem" } }""");
        folder.Write("empty.pem", "no certificate here\n");
        var empty = Load("""{ "MailCheck": { "TrustedCertificateFile": "empty.pem" } }""");

        Assert.That(Assert.Throws<ConfigurationException>(() => MailPreflight.From(missing))!.Reason, Does.Contain("does not exist"));
        Assert.That(Assert.Throws<ConfigurationException>(() => MailPreflight.From(empty))!.Reason, Does.Contain("holds no certificate"));
    }

    [Test]
    public void The_test_email_needs_a_relay_host_but_preflight_does_not()
    {
        var settings = Load("{}");

        Assert.DoesNotThrow(() => MailPreflight.From(settings));
        Assert.That(Assert.Throws<ConfigurationException>(() => TestEmailCheck.From(settings, _ => null))!.Key, Is.EqualTo("MailCheck:Smtp:Host"));
    }
}
