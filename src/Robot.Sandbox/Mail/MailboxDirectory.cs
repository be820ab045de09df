namespace Robot.Sandbox.Mail;

/// <summary>
/// Who can receive mail through the SMTP entry point: maps a recipient address to a mailbox
/// username and remembers which mailboxes silently drop their mail.
/// </summary>
internal sealed class MailboxDirectory
{
    private readonly Lock _gate = new();
    private HashSet<string> _usernames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _blocked = new(StringComparer.Ordinal);

    public void Replace(IEnumerable<Mailbox> mailboxes)
    {
        var names = mailboxes.Select(m => MailboxNames.Normalize(m.Username)).ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            _usernames = names;
        }
    }

    /// <summary>The exact username first, else the address's local part; null when neither is a mailbox.</summary>
    public string? Resolve(string address)
    {
        var name = MailboxNames.Normalize(address);
        var at = name.LastIndexOf('@');
        lock (_gate)
        {
            if (_usernames.Contains(name))
            {
                return name;
            }

            return at > 0 && _usernames.Contains(name[..at]) ? name[..at] : null;
        }
    }

    public void Block(string username, bool blocked)
    {
        var name = MailboxNames.Normalize(username);
        lock (_gate)
        {
            if (blocked)
            {
                _blocked.Add(name);
            }
            else
            {
                _blocked.Remove(name);
            }
        }
    }

    public bool IsBlocked(string username)
    {
        lock (_gate)
        {
            return _blocked.Contains(MailboxNames.Normalize(username));
        }
    }
}
