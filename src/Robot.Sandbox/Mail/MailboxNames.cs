namespace Robot.Sandbox.Mail;

/// <summary>
/// Rules for mailbox usernames. Dovecot lower-cases logins and accepts only a small set of
/// characters (auth_username_chars); the same set keeps the passwd-file and maildir paths safe.
/// </summary>
internal static class MailboxNames
{
    private const string AllowedSymbols = ".-_@";

    public static string Normalize(string username) => username.Trim().ToLowerInvariant();

    public static IReadOnlyList<Mailbox> Validate(IEnumerable<Mailbox> mailboxes)
    {
        ArgumentNullException.ThrowIfNull(mailboxes);
        var list = mailboxes.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mailbox in list)
        {
            var name = Normalize(mailbox.Username);
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || AllowedSymbols.Contains(c)))
            {
                throw new ArgumentException(
                    $"Mailbox username '{mailbox.Username}' is not allowed: use letters, digits and {AllowedSymbols}.",
                    nameof(mailboxes));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"Mailbox username '{name}' appears twice.", nameof(mailboxes));
            }

            ArgumentNullException.ThrowIfNull(mailbox.Password);
        }

        return list;
    }
}
