using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using MimeKit;
using NUnit.Framework;
using Robot.Sandbox.Mail;

namespace Robot.Sandbox.Tests.Mail;

[TestFixture]
[NonParallelizable]
public sealed class SmtpEntryPointTests
{
    private static readonly TimeSpan ArrivalDeadline = TimeSpan.FromSeconds(15);
    private DovecotServer server = null!;

    [OneTimeSetUp]
    public async Task StartDovecot() => server = await DovecotServer.StartAsync(TestMailboxes.All, CancellationToken.None);

    [OneTimeTearDown]
    public async Task StopDovecot() => await server.DisposeAsync();

    [Test]
    public async Task A_message_sent_to_a_full_address_username_arrives_in_that_mailbox()
    {
        var subject = Unique("exact");

        await SendAsync("support@example.test", subject, "Hello support");

        Assert.That(await ArrivesAsync(TestMailboxes.Support, subject), Is.True, server.LogTail());
    }

    [Test]
    public async Task A_message_to_any_domain_reaches_the_mailbox_named_by_its_local_part()
    {
        var subject = Unique("local-part");

        await SendAsync("Alice@jira.example.test", subject, "Hello alice");

        Assert.That(await ArrivesAsync(TestMailboxes.Alice, subject), Is.True, server.LogTail());
    }

    [Test]
    public async Task The_body_arrives_unchanged_including_lines_that_start_with_a_dot()
    {
        var subject = Unique("dots");
        const string body = "first line\n.second line starts with a dot\n..two dots\n.\nlast line\n";

        await SendAsync("alice@example.test", subject, body);

        Assert.That(await ArrivesAsync(TestMailboxes.Alice, subject), Is.True, server.LogTail());
        var message = await FetchAsync(TestMailboxes.Alice, subject);
        Assert.That(message?.TextBody?.ReplaceLineEndings("\n"), Is.EqualTo(body));
    }

    [Test]
    public async Task A_blocked_mailbox_accepts_the_message_but_never_receives_it()
    {
        var dropped = Unique("dropped");
        var afterwards = Unique("afterwards");

        server.BlockDelivery("alice", blocked: true);
        try
        {
            await SendAsync("alice@example.test", dropped, "must not arrive"); // accepted: no exception
        }
        finally
        {
            server.BlockDelivery("alice", blocked: false);
        }

        // The relay hands a message to Dovecot before it answers 250, so a later message that has
        // arrived proves the earlier one had its chance.
        await SendAsync("alice@example.test", afterwards, "arrives");
        Assert.That(await ArrivesAsync(TestMailboxes.Alice, afterwards), Is.True, server.LogTail());
        Assert.That(await FetchAsync(TestMailboxes.Alice, dropped), Is.Null);
    }

    [Test]
    public void An_unknown_recipient_is_refused()
    {
        var error = Assert.ThrowsAsync<SmtpCommandException>(() => SendAsync("nobody@example.test", Unique("unknown"), "x"));

        Assert.That(error!.ErrorCode, Is.EqualTo(SmtpErrorCode.RecipientNotAccepted));
    }

    private static string Unique(string what) => $"{what} {Guid.NewGuid():N}";

    private async Task SendAsync(string to, string subject, string body)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("robot@example.test"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(server.Endpoints.Host, server.Endpoints.Smtp, SecureSocketOptions.None);
        await smtp.SendAsync(message);
        await smtp.DisconnectAsync(true);
    }

    private Task<bool> ArrivesAsync(Mailbox mailbox, string subject) =>
        Eventually.HoldsAsync(async () => await FetchAsync(mailbox, subject) is not null, ArrivalDeadline);

    private async Task<MimeMessage?> FetchAsync(Mailbox mailbox, string subject)
    {
        using var imap = new ImapClient();
        await imap.ConnectAsync(server.Endpoints.Host, server.Endpoints.Imap, SecureSocketOptions.None);
        await imap.AuthenticateAsync(mailbox.Username, mailbox.Password);
        await imap.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var found = await imap.Inbox.SearchAsync(SearchQuery.SubjectContains(subject));
        var message = found.Count == 0 ? null : await imap.Inbox.GetMessageAsync(found[0]);
        await imap.DisconnectAsync(true);
        return message;
    }
}
