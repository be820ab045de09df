namespace Robot.Sandbox.Mail;

/// <summary>An account from /etc/passwd; Dovecot's mail processes run as one that is not root.</summary>
internal sealed record SystemUser(string Name, int Uid, int Gid)
{
    private static readonly SystemUser Nobody = new("nobody", 65534, 65534);

    /// <summary>The "dovecot" account when it exists, else nobody (65534).</summary>
    public static SystemUser ForMail()
    {
        foreach (var line in File.ReadLines("/etc/passwd"))
        {
            var fields = line.Split(':');
            if (fields.Length >= 4 && fields[0] == "dovecot"
                && int.TryParse(fields[2], out var uid) && int.TryParse(fields[3], out var gid) && uid > 0)
            {
                return new SystemUser(fields[0], uid, gid);
            }
        }

        return Nobody;
    }
}
