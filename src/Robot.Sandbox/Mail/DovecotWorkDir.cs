using System.Security.Cryptography;

namespace Robot.Sandbox.Mail;

/// <summary>
/// The directory of one private Dovecot instance. It sits directly under /tmp because Dovecot's
/// unix sockets live in it and socket paths are limited to about 100 characters.
/// </summary>
internal sealed class DovecotWorkDir
{
    public const string Parent = "/tmp";
    public const string Prefix = "dcv-";
    private const string OwnerFileName = "owner.pid";

    private DovecotWorkDir(string root) => Root = root;

    public string Root { get; }

    public string InstanceName => Path.GetFileName(Root);

    public string Run => Path.Combine(Root, "run");

    public string State => Path.Combine(Root, "state");

    public string Mail => Path.Combine(Root, "mail");

    public string Config => Path.Combine(Root, "dovecot.conf");

    public string Passwd => Path.Combine(Root, "users");

    public string Log => Path.Combine(Root, "dovecot.log");

    public string MasterPidFile => Path.Combine(Run, "master.pid");

    public string OwnerFile => Path.Combine(Root, OwnerFileName);

    /// <summary>Creates the directory tree; the mail directory belongs to <paramref name="mailUser"/>.</summary>
    public static DovecotWorkDir Create(SystemUser mailUser)
    {
        const UnixFileMode Traversable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        DovecotWorkDir dir;
        while (true)
        {
            var candidate = Path.Combine(Parent, Prefix + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 8));
            if (!Directory.Exists(candidate))
            {
                UnixNative.CreateDirectory(candidate, Traversable);
                dir = new DovecotWorkDir(candidate);
                var owner = LinuxProcesses.Read(Environment.ProcessId)?.Process;
                File.WriteAllText(dir.OwnerFile, $"{owner?.Pid} {owner?.StartTicks}");
                break;
            }
        }

        UnixNative.CreateDirectory(dir.Run, Traversable);
        UnixNative.CreateDirectory(dir.State, Traversable);
        UnixNative.CreateDirectory(dir.Mail, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        UnixNative.Chown(dir.Mail, mailUser.Uid, mailUser.Gid);
        return dir;
    }

    public static DovecotWorkDir Existing(string root) => new(root);

    /// <summary>
    /// Whether the process that created this directory is gone. False when unknown: a directory
    /// without our owner file may not be ours at all.
    /// </summary>
    public bool IsAbandoned
    {
        get
        {
            try
            {
                var fields = File.ReadAllText(OwnerFile).Split(' ');
                return fields.Length == 2 && int.TryParse(fields[0], out var pid) && long.TryParse(fields[1], out var ticks)
                    && !new LinuxProcess(pid, ticks).IsAlive;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }

    /// <summary>The pid Dovecot's master recorded, if any.</summary>
    public int? MasterPid =>
        File.Exists(MasterPidFile) && int.TryParse(File.ReadAllText(MasterPidFile).Trim(), out var pid) ? pid : null;

    public string LogTail(int lines)
    {
        try
        {
            return File.Exists(Log) ? string.Join('\n', File.ReadLines(Log).TakeLast(lines)) : "(no log written)";
        }
        catch (IOException e)
        {
            return $"(log unreadable: {e.Message})";
        }
    }

    public void Delete()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
