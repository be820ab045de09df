using NUnit.Framework;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.Mail;
using Robot.Sandbox.Seed;

namespace Robot.Sandbox.Tests.Seed;

[NonParallelizable] // counts the machine's Dovecot processes
public sealed class SeedLoaderTests
{
    private string dir = "";

    [SetUp]
    public void MakeFolder() => dir = Directory.CreateTempSubdirectory("seed-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(dir, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(dir, "seed.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Test]
    public void The_default_seed_has_24_connections_and_every_mailbox_they_use()
    {
        var seed = SeedLoader.Parse(SeedLoader.ReadText(null), SeedLoader.DefaultSeedName);

        Assert.That(seed.Server.Connections, Has.Count.EqualTo(24));
        var mailboxes = seed.Mailboxes.Select(m => m.Username).ToHashSet();
        var passwordConnections = seed.Server.Connections.Where(c => string.IsNullOrEmpty(c.OAuthCredentials));
        Assert.That(passwordConnections.Select(c => c.Username), Is.All.Matches<string>(mailboxes.Contains));
    }

    [Test]
    public void Mail_tokens_become_the_running_servers_address_and_ports()
    {
        const string json = """{"server":{"connections":[{"name":"A","protocol":"IMAP","host":"{{mail.host}}","port":"{{mail.imaps}}"}]}}""";
        var seed = SeedLoader.Load(json, "inline", new MailEndpoints("127.0.0.1", 1143, 1993, 1110, 1995, 1025));

        Assert.That(seed.Server.Connections[0].Host, Is.EqualTo("127.0.0.1"));
        Assert.That(seed.Server.Connections[0].Port, Is.EqualTo("1993"));
    }

    [Test]
    public void Ports_may_be_numbers_or_raw_text()
    {
        const string json = """{"server":{"connections":[{"name":"A","protocol":"IMAP","port":993,"timeout":"ten"}]}}""";
        var seed = SeedLoader.Parse(json, "inline");

        Assert.That(seed.Server.Connections[0].Port, Is.EqualTo("993"));
        Assert.That(seed.Server.Connections[0].Timeout, Is.EqualTo("ten"));
    }

    [TestCase("{ not json", "invalid JSON at line 1")]
    [TestCase("""{"server":{"connections":[{"name":"A"}]}}""", "server.connections[0] (A): protocol is required")]
    [TestCase("""{"cloud":{"oauth2Clients":[{"name":"X","provider":"yahoo"}]}}""", "unknown provider 'yahoo'")]
    [TestCase("""{"cloud":{"connections":[{"name":"X","serviceProvider":"Exchange"}]}}""", "unknown serviceProvider 'Exchange'")]
    [TestCase("""{"mailboxes":[{"username":"a@b"}]}""", "mailboxes[0] (a@b): password is required")]
    [TestCase("""{"mailboxes":[{"username":"a b","password":"x"}]}""", "may not hold spaces or colons")]
    public void A_bad_seed_is_refused_with_the_path_and_the_reason(string json, string reason)
    {
        var path = Write(json);

        var error = Assert.Throws<SeedException>(() => SeedLoader.Parse(SeedLoader.ReadText(path), path));

        Assert.That(error!.Message, Does.Contain(path).And.Contain(reason));
    }

    [Test]
    public void A_missing_seed_file_is_refused_with_its_path()
    {
        var path = Path.Combine(dir, "nope.json");

        var error = Assert.Throws<SeedException>(() => SeedLoader.ReadText(path));

        Assert.That(error!.Message, Does.Contain(path).And.Contain("not found"));
    }

    [Test]
    public void A_bad_seed_stops_the_sandbox_before_the_mail_server_starts()
    {
        var path = Write("""{"server":{"connections":[{"name":"A"}]}}""");
        var dovecotsBefore = DovecotCount();

        Assert.ThrowsAsync<SeedException>(() => SandboxHost.StartAsync(new SandboxOptions { SeedPath = path }));

        Assert.That(DovecotCount(), Is.EqualTo(dovecotsBefore));
    }

    private static int DovecotCount() =>
        Directory.EnumerateDirectories("/proc").Count(d =>
        {
            try { return File.ReadAllText(Path.Combine(d, "comm")).Trim() == "dovecot"; }
            catch (IOException) { return false; }
            catch (UnauthorizedAccessException) { return false; }
        });
}
