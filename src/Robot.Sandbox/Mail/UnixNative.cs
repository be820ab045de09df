using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Robot.Sandbox.Mail;

/// <summary>Unix file modes and the few libc calls .NET does not offer: chown, kill with a chosen signal, geteuid.</summary>
internal static class UnixNative
{
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static bool IsRoot => geteuid() == 0;

    public static void CreateDirectory(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw NotUnix();
        }

        Directory.CreateDirectory(path, mode);
    }

    public static void SetMode(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            throw NotUnix();
        }

        File.SetUnixFileMode(path, mode);
    }

    public static void Chown(string path, int uid, int gid)
    {
        if (chown(path, uid, gid) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"chown {uid}:{gid} {path} failed");
        }
    }

    /// <summary>Sends a signal; false when the process no longer exists.</summary>
    public static bool Signal(int pid, int signal) => kill(pid, signal) == 0;

    private static PlatformNotSupportedException NotUnix() => new("The sandbox mail server runs on Linux only.");

    [DllImport("libc", SetLastError = true)]
    private static extern int chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int owner, int group);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    [DllImport("libc")]
    private static extern uint geteuid();
}
