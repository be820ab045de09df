using System.Security.Cryptography;
using System.Text;

namespace Robot.Sandbox.Mail;

/// <summary>
/// Dovecot's passwd-file of the sandbox mailboxes. Passwords are stored salted-hashed
/// ({SSHA256}) so that no clear password lands on disk.
/// </summary>
internal sealed class PasswdFile(string path, SystemUser reader, TimeProvider clock)
{
    private DateTime lastStamp = DateTime.MinValue;

    public string Path { get; } = path;

    /// <summary>
    /// Replaces the file atomically. Dovecot notices a change only by mtime (whole seconds) or
    /// size and stats it at most once a second, so the new file gets an mtime it has not seen and
    /// a rewrite returns only once the clock has left the current second: the next login sees it.
    /// </summary>
    public async Task WriteAsync(IEnumerable<Mailbox> mailboxes, CancellationToken ct = default)
    {
        var text = new StringBuilder();
        foreach (var mailbox in mailboxes)
        {
            text.Append(MailboxNames.Normalize(mailbox.Username)).Append(':')
                .Append(Hash(mailbox.Password)).Append("::::::\n");
        }

        var temporary = Path + ".new";
        await File.WriteAllTextAsync(temporary, text.ToString(), ct);
        UnixNative.SetMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        UnixNative.Chown(temporary, 0, reader.Gid);

        var now = clock.GetUtcNow().UtcDateTime;
        var thisSecond = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var stamp = thisSecond;
        if (stamp <= lastStamp)
        {
            stamp = lastStamp.AddSeconds(1);
        }

        File.SetLastWriteTimeUtc(temporary, stamp);
        File.Move(temporary, Path, overwrite: true);
        var isRewrite = lastStamp != DateTime.MinValue;
        lastStamp = stamp;

        while (isRewrite && clock.GetUtcNow().UtcDateTime < thisSecond.AddSeconds(1))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), clock, ct);
        }
    }

    private static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var secret = Encoding.UTF8.GetBytes(password);
        var digest = SHA256.HashData([.. secret, .. salt]);
        return "{SSHA256}" + Convert.ToBase64String([.. digest, .. salt]);
    }
}
