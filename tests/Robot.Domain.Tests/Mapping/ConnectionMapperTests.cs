namespace Robot.Domain.Tests.Mapping;

public class ConnectionMapperTests
{
    private static CloudConnection Mapped(ServerConnection server, MappingRules? rules = null)
    {
        var result = Make.Mapper(rules).Map(server);
        Assert.That(result, Is.TypeOf<MappingResult.Mapped>(), () => $"expected a mapping, got {result}");
        return ((MappingResult.Mapped)result).Connection;
    }

    private static MappingResult.Invalid Invalid(ServerConnection server, MappingRules? rules = null)
    {
        var result = Make.Mapper(rules).Map(server);
        Assert.That(result, Is.TypeOf<MappingResult.Invalid>(), () => $"expected invalid, got {result}");
        return (MappingResult.Invalid)result;
    }

    [TestCase("IMAP", "General IMAP4 service")]
    [TestCase("imap", "General IMAP4 service")]
    [TestCase("IMAP4 (legacy)", "General IMAP4 service")]
    [TestCase("POP3", "General POP3 service")]
    [TestCase("pop3", "General POP3 service")]
    public void Protocol_picks_the_general_service_provider(string protocol, string provider) =>
        Assert.That(Mapped(Make.Server(protocol: protocol)).ServiceProvider, Is.EqualTo(provider));

    [TestCase("IMAP with OAuth Credentials")]
    [TestCase("POP3 with OAuth Credentials")]
    [TestCase("OAuth")]
    public void OAuth_is_checked_before_IMAP_and_POP3(string protocol)
    {
        var server = Make.Server(protocol: protocol, host: "imap.gmail.com", password: null, oauthCredentials: "Google Workspace");
        Assert.That(Mapped(server).ServiceProvider, Is.EqualTo("GMail/GSuite with OAuth2"));
    }

    [TestCase("Exchange")]
    [TestCase("")]
    [TestCase("POP2")]
    public void Unknown_protocol_is_invalid_naming_field_and_value(string protocol)
    {
        var invalid = Invalid(Make.Server(protocol: protocol));
        Assert.Multiple(() =>
        {
            Assert.That(invalid.Field, Is.EqualTo("Protocol"));
            Assert.That(invalid.Value, Is.EqualTo(protocol));
            Assert.That(invalid.Describe(), Does.StartWith($"Protocol: {protocol}: "));
        });
    }

    [TestCase("No Encryption", "None")]
    [TestCase("no encryption", "None")]
    [TestCase("SSL/TLS", "SSL/TLS")]
    [TestCase("ssl/tls", "SSL/TLS")]
    [TestCase("STARTTLS", "STARTTLS")]
    [TestCase(" STARTTLS ", "STARTTLS")]
    public void Encryption_goes_through_the_value_map_ignoring_case(string server, string cloud) =>
        Assert.That(Mapped(Make.Server(encryption: server)).Encryption, Is.EqualTo(cloud));

    [Test]
    public void Encryption_map_comes_from_configuration()
    {
        var rules = MappingRules.Default with
        {
            EncryptionMap = new Dictionary<string, string> { ["Keine Verschlüsselung"] = "Ohne" },
        };
        Assert.Multiple(() =>
        {
            Assert.That(Mapped(Make.Server(encryption: "keine verschlüsselung"), rules).Encryption, Is.EqualTo("Ohne"));
            Assert.That(Invalid(Make.Server(encryption: "No Encryption"), rules).Field, Is.EqualTo("Encryption"));
        });
    }

    [Test]
    public void Service_provider_names_come_from_configuration()
    {
        var rules = MappingRules.Default with { ServiceProviders = new ServiceProviderNames(Imap: "IMAP (generic)") };
        Assert.That(Mapped(Make.Server(protocol: "IMAP"), rules).ServiceProvider, Is.EqualTo("IMAP (generic)"));
    }

    [Test]
    public void Unknown_encryption_is_invalid()
    {
        var invalid = Invalid(Make.Server(encryption: "TLS 1.3 only"));
        Assert.That(invalid.Describe(), Does.StartWith("Encryption: TLS 1.3 only: "));
    }

    [Test]
    public void Blank_encryption_is_invalid_for_a_password_connection() =>
        Assert.That(Invalid(Make.Server(encryption: "")).Field, Is.EqualTo("Encryption"));

    [TestCase("IMAP", "No Encryption", "", 143)]
    [TestCase("IMAP", "SSL/TLS", "", 993)]
    [TestCase("IMAP", "STARTTLS", "", 143)]
    [TestCase("IMAP", "No Encryption", "0", 143)]
    [TestCase("IMAP", "SSL/TLS", "0", 993)]
    [TestCase("IMAP", "STARTTLS", "  ", 143)]
    [TestCase("POP3", "No Encryption", "", 110)]
    [TestCase("POP3", "SSL/TLS", "", 995)]
    [TestCase("POP3", "STARTTLS", "", 110)]
    [TestCase("POP3", "SSL/TLS", "0", 995)]
    [TestCase("POP3", "STARTTLS", "000", 110)]
    public void Blank_or_zero_port_means_the_default_for_protocol_and_encryption(string protocol, string encryption, string port, int expected) =>
        Assert.That(Mapped(Make.Server(protocol: protocol, encryption: encryption, port: port)).Port, Is.EqualTo(expected));

    [TestCase("1", 1)]
    [TestCase("65535", 65535)]
    [TestCase("1143", 1143)]
    [TestCase(" 993 ", 993)]
    public void Explicit_port_is_kept(string port, int expected) =>
        Assert.That(Mapped(Make.Server(port: port)).Port, Is.EqualTo(expected));

    [TestCase("abc")]
    [TestCase("-1")]
    [TestCase("+993")]
    [TestCase("65536")]
    [TestCase("99999999999")]
    [TestCase("9.93")]
    [TestCase("0x10")]
    [TestCase("993 tcp")]
    public void Port_not_a_number_in_range_is_invalid_naming_field_and_value(string port)
    {
        var invalid = Invalid(Make.Server(port: port));
        Assert.Multiple(() =>
        {
            Assert.That(invalid.Field, Is.EqualTo("Port"));
            Assert.That(invalid.Value, Is.EqualTo(port));
            Assert.That(invalid.Describe(), Does.Contain("1 to 65535"));
        });
    }

    [Test]
    public void Blank_timeout_takes_the_configured_default()
    {
        var rules = MappingRules.Default with { DefaultTimeoutMs = 7000 };
        Assert.That(Mapped(Make.Server(timeout: ""), rules).Timeout, Is.EqualTo(7000));
    }

    [TestCase("1", 1)]
    [TestCase("60000", 60000)]
    [TestCase(" 30000 ", 30000)]
    public void Timeout_in_range_is_kept(string timeout, int expected) =>
        Assert.That(Mapped(Make.Server(timeout: timeout)).Timeout, Is.EqualTo(expected));

    [TestCase("0")]
    [TestCase("60001")]
    [TestCase("-5")]
    [TestCase("ten seconds")]
    public void Timeout_out_of_range_is_invalid(string timeout)
    {
        var invalid = Invalid(Make.Server(timeout: timeout));
        Assert.That((invalid.Field, invalid.Value), Is.EqualTo(("Timeout", timeout)));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Missing_host_is_invalid_for_a_password_connection(string host) =>
        Assert.That(Invalid(Make.Server(host: host)).Field, Is.EqualTo("Host"));

    [TestCase("")]
    [TestCase("  ")]
    public void Blank_username_is_invalid_for_password_and_OAuth_connections(string username)
    {
        Assert.That(Invalid(Make.Server(username: username)).Describe(), Is.EqualTo($"Username: {username}: is blank"));
        var oauth = Make.GmailOAuth() with { Username = username };
        Assert.That(Invalid(oauth).Field, Is.EqualTo("Username"));
    }

    [TestCase("")]
    [TestCase("  ")]
    public void Blank_name_is_invalid(string name) =>
        Assert.That(Invalid(Make.Server(name: name)).Field, Is.EqualTo("Name"));

    [Test]
    public void Every_field_is_copied_for_a_password_connection()
    {
        var server = Make.Server(name: "Sales \"POP3\", EU", description: "Leads <b>hot</b> 📬", protocol: "POP3",
            encryption: "STARTTLS", host: "pop.example.test", username: "sales@example.test", port: "1110", timeout: "20000");
        var cloud = Mapped(server);
        Assert.That(cloud, Is.EqualTo(new CloudConnection("Sales \"POP3\", EU", "Leads <b>hot</b> 📬", "General POP3 service",
            "STARTTLS", "pop.example.test", 1110, "sales@example.test", Secret.Of(Make.Password), 20000, null)));
    }

    [Test]
    public void Withheld_password_stays_withheld() =>
        Assert.That(Mapped(Make.Server(password: null)).Password, Is.Null);

    [Test]
    public void OAuth_connection_carries_its_credential_and_no_password()
    {
        var server = Make.Server(protocol: "IMAP with OAuth Credentials", host: "imap.gmail.com", password: "leaked",
            oauthCredentials: " Google Workspace ");
        var cloud = Mapped(server);
        Assert.Multiple(() =>
        {
            Assert.That(cloud.Password, Is.Null);
            Assert.That(cloud.OAuth2Credentials, Is.EqualTo("Google Workspace"));
            Assert.That(cloud.Host, Is.EqualTo("imap.gmail.com"));
            Assert.That(cloud.Port, Is.EqualTo(993));
        });
    }

    [Test]
    public void OAuth_connection_may_leave_host_and_encryption_blank()
    {
        var server = Make.Server(protocol: "OAuth Credentials", host: "", encryption: "", port: "", password: null,
            oauthCredentials: "Microsoft 365 Tenant");
        var cloud = Mapped(server);
        Assert.Multiple(() =>
        {
            Assert.That(cloud.ServiceProvider, Is.EqualTo("Microsoft365 with OAuth2"));
            Assert.That(cloud.Host, Is.Empty);
            Assert.That(cloud.Encryption, Is.Empty);
            Assert.That(cloud.Port, Is.Null);
        });
    }

    [Test]
    public void OAuth_connection_without_credential_name_is_invalid() =>
        Assert.That(Invalid(Make.GmailOAuth(credential: "")).Field, Is.EqualTo("OAuthCredentials"));

    [Test]
    public void Password_connection_has_no_OAuth2_credentials() =>
        Assert.That(Mapped(Make.Server(oauthCredentials: "ignored")).OAuth2Credentials, Is.Null);
}
