using Robot.Sandbox.Mail;

namespace Robot.Sandbox.Tests.Mail;

/// <summary>Mailboxes the mail tests start Dovecot with.</summary>
internal static class TestMailboxes
{
    public static readonly Mailbox Alice = new("alice", "alice-Secret-1");
    public static readonly Mailbox Support = new("support@example.test", "support:Secret 2");

    public static Mailbox[] All => [Alice, Support];
}
