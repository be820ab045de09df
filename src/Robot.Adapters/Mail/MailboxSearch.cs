using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Pop3;
using MailKit.Search;
using MimeKit;

namespace Robot.Adapters.Mail;

/// <summary>Looks for a message whose subject contains a token: IMAP SEARCH in INBOX, or POP3 headers from the newest message back.</summary>
internal static class MailboxSearch
{
    private const int Pop3Batch = 20;

    public static async Task<bool> HasSubjectAsync(IMailService client, string token, CancellationToken cancellationToken) => client switch
    {
        ImapClient imap => await InImapAsync(imap, token, cancellationToken).ConfigureAwait(false),
        Pop3Client pop3 => await InPop3Async(pop3, token, cancellationToken).ConfigureAwait(false),
        _ => throw new ArgumentException($"cannot search a {client.GetType().Name}", nameof(client)),
    };

    private static async Task<bool> InImapAsync(ImapClient imap, string token, CancellationToken cancellationToken)
    {
        if (!imap.Inbox.IsOpen) await imap.Inbox.OpenAsync(FolderAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        else await imap.NoOpAsync(cancellationToken).ConfigureAwait(false); // lets the server report mail that arrived since
        var found = await imap.Inbox.SearchAsync(SearchQuery.SubjectContains(token), cancellationToken).ConfigureAwait(false);
        return found.Count > 0;
    }

    /// <summary>A POP3 session sees the mailbox as it was at login, so the caller logs in again for each look.</summary>
    private static async Task<bool> InPop3Async(Pop3Client pop3, string token, CancellationToken cancellationToken)
    {
        var count = await pop3.GetMessageCountAsync(cancellationToken).ConfigureAwait(false);
        for (var end = count; end > 0; end -= Pop3Batch)
        {
            var start = Math.Max(0, end - Pop3Batch);
            var headers = await pop3.GetMessageHeadersAsync(start, end - start, cancellationToken).ConfigureAwait(false);
            if (headers.Any(list => (list[HeaderId.Subject] ?? "").Contains(token, StringComparison.Ordinal))) return true;
        }
        return false;
    }
}
