using Robot.Domain.Verification;

namespace Robot.Domain.Tests.Verification;

public class ConnectionVerifierTests
{
    private static readonly ConnectionVerifier Verifier = new(Make.Mapper());

    /// <summary>What the Cloud panel shows after a clean migration: the mapped record without a password.</summary>
    private static CloudConnection ReadBack(ServerConnection server) => Make.Cloud(server) with { Password = null };

    [Test]
    public void A_clean_migration_has_no_differences()
    {
        var server = Make.Server();
        Assert.That(Verifier.Compare(server, ReadBack(server)), Is.Empty);
    }

    [Test]
    public void An_OAuth_connection_migrated_cleanly_has_no_differences()
    {
        var server = Make.GmailOAuth();
        Assert.That(Verifier.Compare(server, ReadBack(server)), Is.Empty);
    }

    [Test]
    public void The_Server_is_compared_after_mapping_so_Cloud_wording_and_default_port_match()
    {
        var server = Make.Server(protocol: "POP3", encryption: "No Encryption", port: "", timeout: "");
        var cloud = ReadBack(server) with { ServiceProvider = "General POP3 service", Encryption = "None", Port = 110, Timeout = 10000 };
        Assert.That(Verifier.Compare(server, cloud), Is.Empty);
    }

    [TestCase("Name", "Support imap")]
    [TestCase("Description", "Changed by a test")]
    [TestCase("Service Provider", "General POP3 service")]
    [TestCase("Encryption", "STARTTLS")]
    [TestCase("Host", "other.example.test")]
    [TestCase("Port", "995")]
    [TestCase("Username", "someone@example.test")]
    [TestCase("Timeout", "20000")]
    public void One_changed_field_is_named_with_both_values(string field, string cloudValue)
    {
        var server = Make.Server();
        var expected = ReadBack(server);
        var cloud = field switch
        {
            "Name" => expected with { Name = cloudValue },
            "Description" => expected with { Description = cloudValue },
            "Service Provider" => expected with { ServiceProvider = cloudValue },
            "Encryption" => expected with { Encryption = cloudValue },
            "Host" => expected with { Host = cloudValue },
            "Port" => expected with { Port = int.Parse(cloudValue) },
            "Username" => expected with { Username = cloudValue },
            "Timeout" => expected with { Timeout = int.Parse(cloudValue) },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
        var serverValue = field switch
        {
            "Name" => server.Name,
            "Description" => server.Description,
            "Service Provider" => "General IMAP4 service",
            "Encryption" => "SSL/TLS",
            "Host" => server.Host,
            "Port" => "993",
            "Username" => server.Username,
            "Timeout" => "10000",
            _ => "",
        };

        Assert.That(Verifier.Compare(server, cloud), Is.EqualTo(new[] { new Difference(server.Name, field, serverValue, cloudValue) }));
    }

    [Test]
    public void OAuth2_credentials_are_compared()
    {
        var server = Make.GmailOAuth(credential: "Google Workspace");
        var cloud = ReadBack(server) with { OAuth2Credentials = "Old Google app" };
        Assert.That(Verifier.Compare(server, cloud),
            Is.EqualTo(new[] { new Difference(server.Name, "OAuth2 Credentials", "Google Workspace", "Old Google app") }));
    }

    [Test]
    public void A_missing_port_or_timeout_on_Cloud_reads_as_blank()
    {
        var server = Make.Server();
        var cloud = ReadBack(server) with { Port = null, Timeout = null };
        Assert.That(Verifier.Compare(server, cloud).Select(d => (d.Field, d.Expected, d.Actual)),
            Is.EqualTo(new[] { ("Port", "993", ""), ("Timeout", "10000", "") }));
    }

    [Test]
    public void Several_changed_fields_are_listed_in_panel_order()
    {
        var server = Make.Server();
        var cloud = ReadBack(server) with { Timeout = 5000, Host = "x.example.test", Description = "" };
        Assert.That(Verifier.Compare(server, cloud).Select(d => d.Field), Is.EqualTo(new[] { "Description", "Host", "Timeout" }));
    }

    [Test]
    public void Surrounding_blanks_and_the_case_of_provider_encryption_and_host_do_not_count()
    {
        var server = Make.Server();
        var expected = ReadBack(server);
        var cloud = expected with
        {
            Description = " " + expected.Description + " ",
            ServiceProvider = expected.ServiceProvider.ToUpperInvariant(),
            Encryption = "ssl/tls",
            Host = expected.Host.ToUpperInvariant(),
        };
        Assert.That(Verifier.Compare(server, cloud), Is.Empty);
    }

    [Test]
    public void The_case_of_a_description_or_username_counts()
    {
        var server = Make.Server();
        var cloud = ReadBack(server) with { Username = server.Username.ToUpperInvariant() };
        Assert.That(Verifier.Compare(server, cloud).Select(d => d.Field), Is.EqualTo(new[] { "Username" }));
    }

    [Test]
    public void Passwords_are_not_compared_when_the_Cloud_does_not_show_one() =>
        Assert.That(Verifier.Compare(Make.Server(), ReadBack(Make.Server())), Is.Empty);

    [Test]
    public void Passwords_are_not_compared_when_the_Server_withholds_it()
    {
        var server = Make.Server(password: null);
        Assert.That(Verifier.Compare(server, Make.Cloud(Make.Server()) with { Password = Secret.Of("anything") }), Is.Empty);
    }

    [Test]
    public void Equal_passwords_are_no_difference()
    {
        var server = Make.Server();
        Assert.That(Verifier.Compare(server, Make.Cloud(server)), Is.Empty);
    }

    [Test]
    public void A_different_password_is_named_without_either_value()
    {
        const string cloudPassword = "Other-Cloud-Pass";
        var server = Make.Server();

        var differences = Verifier.Compare(server, Make.Cloud(server) with { Password = Secret.Of(cloudPassword) });

        Assert.That(differences, Is.EqualTo(new[] { new Difference(server.Name, "Password", "password differs", "password differs") }));
        var text = string.Join("\n", differences.Select(d => d.ToString()));
        Assert.That(text, Does.Not.Contain(Make.Password).And.Not.Contain(cloudPassword));
    }

    [Test]
    public void A_password_inside_another_field_is_masked_in_the_difference()
    {
        var server = Make.Server(description: "login with " + Make.Password);
        var cloud = ReadBack(server) with { Description = "changed" };

        var difference = Verifier.Compare(server, cloud).Single();

        Assert.That(difference.Expected, Is.EqualTo("login with ***"));
        Assert.That(difference.ToString(), Does.Not.Contain(Make.Password));
    }

    [Test]
    public void A_Server_connection_that_cannot_be_mapped_is_one_row_naming_why()
    {
        var server = Make.Server(port: "seventy");

        var difference = Verifier.Compare(server, ReadBack(Make.Server())).Single();

        Assert.That(difference.Field, Is.EqualTo("Connection"));
        Assert.That(difference.Expected, Does.StartWith("cannot be mapped: Port: seventy: "));
    }

    [Test]
    public void CompareAll_pairs_connections_by_name_ignoring_case_and_reports_missing_and_unreadable_ones()
    {
        var same = Make.Server(name: "Same");
        var changed = Make.Server(name: "Changed");
        var missing = Make.Server(name: "Missing");
        var unreadable = Make.Server(name: "Unreadable");
        ExistingCloudConnection[] cloud =
        [
            new("SAME ", ReadBack(same) with { Name = "SAME" }),
            new("Changed", ReadBack(changed) with { Port = 143 }),
            new("Unreadable"),
            new("Only on Cloud", ReadBack(Make.Server(name: "Only on Cloud"))),
        ];

        var differences = Verifier.CompareAll([same, changed, missing, unreadable], cloud);

        Assert.That(differences.Select(d => (d.Name, d.Field, d.Actual)), Is.EqualTo(new[]
        {
            ("Same", "Name", "SAME"),
            ("Changed", "Port", "143"),
            ("Missing", "Connection", "missing on Cloud"),
            ("Unreadable", "Connection", "on Cloud but its fields could not be read"),
        }));
    }

    [Test]
    public void CompareAll_finds_nothing_after_a_clean_migration()
    {
        ServerConnection[] server = [Make.Server(name: "A"), Make.Server(name: "B", protocol: "POP3", port: ""), Make.MicrosoftOAuth()];
        var cloud = server.Select(s => new ExistingCloudConnection(s.Name, ReadBack(s)));
        Assert.That(Verifier.CompareAll(server, cloud), Is.Empty);
    }

    [Test]
    public void Difference_ToString_names_connection_field_and_both_values() =>
        Assert.That(new Difference("Support", "Host", "a", "b").ToString(), Is.EqualTo("Support: Host: Server 'a', Cloud 'b'"));
}
