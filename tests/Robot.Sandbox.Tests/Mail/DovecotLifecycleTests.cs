using NUnit.Framework;
using Robot.Sandbox.Mail;

namespace Robot.Sandbox.Tests.Mail;

[TestFixture]
[NonParallelizable]
public sealed class DovecotLifecycleTests
{
    private DovecotServer server = null!;

    [OneTimeSetUp]
    public async Task StartDovecot() => server = await DovecotServer.StartAsync(TestMailboxes.All, CancellationToken.None);

    [OneTimeTearDown]
    public async Task StopDovecot() => await server.DisposeAsync();

    [Test]
    [Order(1)]
    public void It_is_a_private_instance_with_its_own_config_and_distinct_ports()
    {
        var command = LinuxProcesses.CommandLine(server.ProcessId);
        var endpoints = server.Endpoints;
        int[] ports = [endpoints.Imap, endpoints.Imaps, endpoints.Pop3, endpoints.Pop3s, endpoints.Smtp];

        Assert.That(command, Does.Contain(Path.Combine(server.WorkDirectory, "dovecot.conf")));
        Assert.That(server.WorkDirectory.Length, Is.LessThan(40), "unix socket paths live under it");
        Assert.That(ports.Distinct().Count(), Is.EqualTo(ports.Length));
        Assert.That(endpoints.Host, Is.EqualTo("127.0.0.1"));
    }

    [Test]
    [Order(2)]
    public async Task After_dispose_no_process_of_the_instance_remains_and_its_ports_are_closed()
    {
        var tree = LinuxProcesses.TreeOf(server.ProcessId);
        var endpoints = server.Endpoints;
        int[] ports = [endpoints.Imap, endpoints.Imaps, endpoints.Pop3, endpoints.Pop3s, endpoints.Smtp];
        Assert.That(tree, Has.Count.GreaterThan(1), "the master and its services");

        await server.DisposeAsync();

        Assert.That(tree.Where(p => p.IsAlive), Is.Empty);
        foreach (var port in ports)
        {
            Assert.That(await AcceptsAsync(port), Is.False, $"port {port}");
        }

        Assert.That(Directory.Exists(server.WorkDirectory), Is.False);
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new System.Net.Sockets.TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
