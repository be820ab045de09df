using System.Runtime.InteropServices;

namespace Robot.Bench;

/// <summary>kill(2) (a negative pid signals a whole process group), sysconf(3)'s clock tick and getrusage(2).</summary>
internal static partial class Posix
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public const string SetSid = "/usr/bin/setsid";

    private const int ScClkTck = 2;
    private const int RusageSelf = 0;
    private const int RusageChildren = -1;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "sysconf")]
    private static partial long SysConf(int name);

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRUsage(int who, out RUsage usage);

    /// <summary>Clock ticks per second, the unit of /proc/PID/stat's utime and stime (100 on Linux unless changed).</summary>
    public static long ClockTicksPerSecond { get; } = SysConf(ScClkTck) is > 0 and var ticks ? ticks : 100;

    /// <summary>User + system CPU of this process (self) or of its ended children that were waited for (children).</summary>
    public static TimeSpan CpuOf(bool children) =>
        GetRUsage(children ? RusageChildren : RusageSelf, out var usage) == 0 ? usage.User.Time + usage.System.Time : TimeSpan.Zero;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal
    {
        public long Seconds;
        public long Microseconds;

        public readonly TimeSpan Time => TimeSpan.FromSeconds(Seconds) + TimeSpan.FromMicroseconds(Microseconds);
    }

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs (maxrss … nivcsw) the bench does not read.
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct RUsage
    {
        public TimeVal User;
        public TimeVal System;
    }
}

/// <summary>CPU this bench process used, and CPU its ended children used, read together to time a stretch of work.</summary>
public readonly record struct CpuMark(TimeSpan Self, TimeSpan Children)
{
    public static CpuMark Now() => new(Posix.CpuOf(children: false), Posix.CpuOf(children: true));

    public TimeSpan SelfSince(CpuMark start) => Self - start.Self;

    public TimeSpan ChildrenSince(CpuMark start) => Children - start.Children;
}
