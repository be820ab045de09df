using NUnit.Framework;
using Robot.Sandbox.Mail;

namespace Robot.Sandbox.Tests.Mail;

/// <summary>
/// A test process killed with SIGKILL runs no exit handler; its Dovecot is stopped when the
/// next instance starts. The fixture's instance plays the orphan.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class OrphanSweepTests
{
    private DovecotServer orphan = null!;

    [OneTimeSetUp]
    public async Task StartDovecot() => this.orphan = await DovecotServer.StartAsync(TestMailboxes.All, CancellationToken.None);

    [OneTimeTearDown]
    public async Task StopDovecot() => await this.orphan.DisposeAsync();

    [Test]
    public async Task An_instance_whose_owner_died_is_stopped_and_removed_when_the_next_one_starts()
    {
        var tree = LinuxProcesses.TreeOf(this.orphan.ProcessId);
        // Our pid with a start time that is not ours: exactly what a reused pid of a dead owner looks like.
        await File.WriteAllTextAsync(Path.Combine(this.orphan.WorkDirectory, "owner.pid"), $"{Environment.ProcessId} 1");

        await using (var next = await DovecotServer.StartAsync(TestMailboxes.All, CancellationToken.None))
        {
            Assert.That(LinuxProcesses.TreeOf(next.ProcessId), Is.Not.Empty);
        }

        Assert.That(tree.Where(p => p.IsAlive), Is.Empty);
        Assert.That(Directory.Exists(this.orphan.WorkDirectory), Is.False);
    }
}
