namespace Robot.Sandbox.Mail;

/// <summary>
/// Who can receive mail through the SMTP entry point: maps a recipient address to a mailbox
/// username and remembers which mailboxes silently drop their mail.
/// </summary>
internal sealed class MailboxDirectory
{
    private readonly Lock gate = new();
    private HashSet<string> usernames = new(StringComparer.Ordinal);
    private readonly HashSet<string> blocked = new(StringComparer.Ordinal);

    public void Replace(IEnumerable<Mailbox> mailboxes)
    {
        var names = mailboxes.Select(m => MailboxNames.Normalize(m.Username)).ToHashSet(StringComparer.Ordinal);
        lock (gate)
        {
            usernames = names;
        }
    }

    /// <summary>The exact username first, else the address's local part; null when neither is a mailbox.</summary>
    public string? Resolve(string address)
    {
        var name = MailboxNames.Normalize(address);
        var at = name.LastIndexOf('@');
        lock (gate)
        {
            if (usernames.Contains(name))
            {
                return name;
            }

            return at > 0 && usernames.Contains(name[..at]) ? name[..at] : null;
        }
    }

    public void Block(string username, bool blocked)
    {
        var name = MailboxNames.Normalize(username);
        lock (gate)
        {
            if (blocked)
            {
                this.blocked.Add(name);
            }
            else
            {
                this.blocked.Remove(name);
            }
        }
    }

    public bool IsBlocked(string username)
    {
        lock (gate)
        {
            return this.blocked.Contains(MailboxNames.Normalize(username));
        }
    }
}
