namespace Robot.Domain.Tests.Mapping;

public class OAuthAccountTypeTests
{
    private static string ProviderOf(ServerConnection server, MappingRules? rules = null) =>
        Make.Mapper(rules).Map(server) switch
        {
            MappingResult.Mapped mapped => mapped.Connection.ServiceProvider,
            MappingResult.Invalid invalid => "invalid: " + invalid.Describe(),
            _ => throw new InvalidOperationException(),
        };

    private static ServerConnection OAuth(string credential, string host, string name = "Mailbox") =>
        Make.Server(name, protocol: "IMAP with OAuth Credentials", host: host, password: null, oauthCredentials: credential);

    [TestCase("Google Workspace")]
    [TestCase("gmail-client")]
    [TestCase("GoogleMail prod")]
    [TestCase("GSuite")]
    public void GMail_from_the_credential_name(string credential) =>
        Assert.That(ProviderOf(OAuth(credential, "")), Is.EqualTo("GMail/GSuite with OAuth2"));

    [TestCase("Microsoft 365 Tenant")]
    [TestCase("Office365")]
    [TestCase("outlook app")]
    [TestCase("O365 prod")]
    [TestCase("Live accounts")]
    public void Microsoft365_from_the_credential_name(string credential) =>
        Assert.That(ProviderOf(OAuth(credential, "")), Is.EqualTo("Microsoft365 with OAuth2"));

    [TestCase("imap.gmail.com", "GMail/GSuite with OAuth2")]
    [TestCase("imap.googlemail.com", "GMail/GSuite with OAuth2")]
    [TestCase("outlook.office365.com", "Microsoft365 with OAuth2")]
    [TestCase("imap-mail.outlook.com", "Microsoft365 with OAuth2")]
    [TestCase("pop3.live.com", "Microsoft365 with OAuth2")]
    public void From_the_host_when_the_credential_says_nothing(string host, string provider) =>
        Assert.That(ProviderOf(OAuth("Team client", host)), Is.EqualTo(provider));

    [Test]
    public void Credential_name_wins_over_host() =>
        Assert.That(ProviderOf(OAuth("Google Workspace", "outlook.office365.com")), Is.EqualTo("GMail/GSuite with OAuth2"));

    [Test]
    public void Override_from_settings_wins_over_credential_and_host()
    {
        var rules = MappingRules.Default with
        {
            OAuthAccountTypeOverrides = new Dictionary<string, OAuthAccountType> { ["mailbox"] = OAuthAccountType.Microsoft365 },
        };
        Assert.That(ProviderOf(OAuth("Google Workspace", "imap.gmail.com", name: "Mailbox"), rules), Is.EqualTo("Microsoft365 with OAuth2"));
    }

    [TestCase("Team client", "mail.example.test")]
    [TestCase("delivery team", "olive.example.test")]
    [TestCase("Google and Microsoft", "")]
    public void Unknown_account_type_is_invalid_with_a_way_out(string credential, string host)
    {
        var provider = ProviderOf(OAuth(credential, host));
        Assert.Multiple(() =>
        {
            Assert.That(provider, Does.StartWith($"invalid: OAuthCredentials: {credential}: "));
            Assert.That(provider, Does.Contain("OAuthAccountTypes:Mailbox"));
        });
    }

    [TestCase("gmail", OAuthAccountType.GMail)]
    [TestCase("microsoft365", OAuthAccountType.Microsoft365)]
    [TestCase("GMail/GSuite with OAuth2", OAuthAccountType.GMail)]
    [TestCase("Microsoft365 with OAuth2", OAuthAccountType.Microsoft365)]
    [TestCase("", null)]
    [TestCase("Yahoo", null)]
    public void Detector_reads_provider_wordings(string text, OAuthAccountType? expected) =>
        Assert.That(AccountTypeDetector.Detect(text), Is.EqualTo(expected));
}
