using System.Runtime.InteropServices;

namespace Robot.Bench;

/// <summary>kill(2): a negative pid signals a whole process group.</summary>
internal static partial class Posix
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public const string SetSid = "/usr/bin/setsid";

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);
}
