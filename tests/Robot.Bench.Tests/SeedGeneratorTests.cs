using Robot.Sandbox.Mail;
using Robot.Sandbox.Seed;

namespace Robot.Bench.Tests;

public sealed class SeedGeneratorTests
{
    private static readonly MailEndpoints Mail = new("127.0.0.1", 1143, 1993, 1110, 1995, 1025);

    [TestCase(1)]
    [TestCase(200)]
    [TestCase(2000)]
    public void The_seed_loads_and_validates_as_the_sandbox_loads_it_with_N_unique_names(int count)
    {
        var connections = SeedGenerator.Connections(count);
        var seed = SeedLoader.Load(SeedGenerator.SeedJson(connections), "bench seed", Mail);

        Assert.That(seed.Server.Connections, Has.Count.EqualTo(count));
        Assert.That(seed.Server.Connections.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(count));
        Assert.That(seed.Server.Connections.Select(c => c.Name), Is.EqualTo(connections.Select(c => c.Name)));
        Assert.That(seed.Cloud.Connections, Is.Empty, "nothing is on Cloud yet, so every connection is created");
    }

    [Test]
    public void Every_connection_logs_in_to_a_seeded_mailbox_with_its_right_password_on_the_right_port()
    {
        var seed = SeedLoader.Load(SeedGenerator.SeedJson(SeedGenerator.Connections(40)), "bench seed", Mail);
        var passwords = seed.Mailboxes.ToDictionary(m => m.Username, m => m.Password);
        foreach (var c in seed.Server.Connections)
        {
            Assert.That(passwords[c.Username!], Is.EqualTo(c.Password), c.Name);
            Assert.That(c.Host, Is.EqualTo("127.0.0.1"));
            var expected = (c.Protocol, c.Encryption) switch
            {
                ("IMAP", "SSL/TLS") => Mail.Imaps,
                ("IMAP", _) => Mail.Imap,
                ("POP3", "SSL/TLS") => Mail.Pop3s,
                _ => Mail.Pop3,
            };
            Assert.That(c.Port, Is.EqualTo(expected.ToString(System.Globalization.CultureInfo.InvariantCulture)), c.Name);
        }
    }

    [Test]
    public void The_mix_has_both_protocols_under_all_three_encryptions()
    {
        var pairs = SeedGenerator.Connections(10).Select(c => (c.Protocol, c.Encryption)).Distinct().ToList();
        foreach (var protocol in new[] { "IMAP", "POP3" })
        foreach (var encryption in new[] { "No Encryption", "SSL/TLS", "STARTTLS" })
            Assert.That(pairs, Does.Contain((protocol, encryption)));
    }

    [Test]
    public void The_floor_form_uses_the_Cloud_words_and_the_running_ports()
    {
        var c = SeedGenerator.Connections(4)[3]; // IMAP without encryption
        var form = System.Text.Json.JsonSerializer.SerializeToElement(HttpFloor.Form(c, new MailPorts("127.0.0.1", 1143, 1993, 1110, 1995)));
        Assert.That(form.GetProperty("serviceProvider").GetString(), Is.EqualTo("General IMAP4 service"));
        Assert.That(form.GetProperty("encryption").GetString(), Is.EqualTo("None"));
        Assert.That(form.GetProperty("port").GetInt32(), Is.EqualTo(1143));
    }
}
