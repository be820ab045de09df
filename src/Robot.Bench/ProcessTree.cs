using System.Globalization;

namespace Robot.Bench;

/// <summary>One process of a tree as /proc shows it: its command name, its first argument, its resident memory and CPU.</summary>
/// <remarks>
/// PssBytes (proportional set size, from smaps_rollup) shares each shared page among its users; 0 when unreadable or not
/// read. CpuTicks is utime + stime in clock ticks; StartTicks (when it started, since boot) tells a reused pid apart.
/// </remarks>
public sealed record ProcessMemory(int Pid, string Command, string Executable, long RssBytes, long PssBytes = 0, long CpuTicks = 0, long StartTicks = 0)
{
    /// <summary>Chromium's processes (browser, zygotes, renderers, GPU and utility) by name; everything else is the robot.</summary>
    public bool IsChromium =>
        Command.Contains("chrom", StringComparison.OrdinalIgnoreCase) ||
        Path.GetFileName(Executable).Contains("chrom", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The resident memory of a process and all its descendants, split into Chromium and the rest.</summary>
public sealed record TreeMemory(long RobotBytes, long ChromiumBytes, long PssBytes, int Processes)
{
    public long TotalBytes => RobotBytes + ChromiumBytes;

    public static TreeMemory Sum(IEnumerable<ProcessMemory> processes)
    {
        long robot = 0, chromium = 0, pss = 0;
        var count = 0;
        foreach (var p in processes)
        {
            count++;
            pss += p.PssBytes;
            if (p.IsChromium) chromium += p.RssBytes; else robot += p.RssBytes;
        }
        return new TreeMemory(robot, chromium, pss, count);
    }
}

/// <summary>
/// Reads a process tree from a /proc folder (a fake one in tests): parents, CPU ticks and start times from <c>stat</c>,
/// resident pages from <c>statm</c>, proportional pages from <c>smaps_rollup</c> (only when asked: the kernel walks every
/// mapping to answer it, which for Chromium's processes is the costly part of a sample). Processes that end while being
/// read are skipped. RSS counts shared pages in each process, so its sum over a tree is an upper bound; PSS is not.
/// A process's name and first argument are read once and kept, as they do not change after its start.
/// </summary>
public sealed class ProcessTree(string procRoot = "/proc", long pageSize = 0)
{
    private readonly long pageBytes = pageSize > 0 ? pageSize : Environment.SystemPageSize;
    private readonly Dictionary<(int Pid, long Start), (string Command, string Executable)> names = [];

    public IReadOnlyList<ProcessMemory> Read(int rootPid, bool withPss = true)
    {
        var stats = new Dictionary<int, Stat>();
        var children = new Dictionary<int, List<int>>();
        foreach (var folder in Directory.EnumerateDirectories(procRoot))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (Stat.Parse(TryRead(Path.Combine(folder, "stat"))) is not { } stat) continue;
            stats[pid] = stat;
            if (!children.TryGetValue(stat.Parent, out var list)) children[stat.Parent] = list = [];
            list.Add(pid);
        }
        var result = new List<ProcessMemory>();
        var pending = new Stack<int>([rootPid]);
        var seen = new HashSet<int>();
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            if (!seen.Add(pid)) continue;
            if (stats.TryGetValue(pid, out var stat) && Memory(pid, stat, withPss) is { } memory) result.Add(memory);
            if (children.TryGetValue(pid, out var kids)) foreach (var kid in kids) pending.Push(kid);
        }
        return result;
    }

    public TreeMemory Sum(int rootPid) => TreeMemory.Sum(Read(rootPid));

    /// <summary>The fields of /proc/PID/stat the bench uses; the command in parentheses may hold spaces and parentheses.</summary>
    private readonly record struct Stat(int Parent, long CpuTicks, long StartTicks)
    {
        public static Stat? Parse(string? text)
        {
            if (text is null) return null;
            var close = text.LastIndexOf(')');
            if (close < 0) return null;
            // After the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14) … starttime(19).
            var fields = text[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)) return null;
            return new Stat(parent, Field(fields, 11) + Field(fields, 12), Field(fields, 19));
        }

        private static long Field(string[] fields, int index) =>
            fields.Length > index && long.TryParse(fields[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    private ProcessMemory? Memory(int pid, Stat stat, bool withPss)
    {
        var folder = Path.Combine(procRoot, pid.ToString(CultureInfo.InvariantCulture));
        var statm = TryRead(Path.Combine(folder, "statm"));
        if (statm is null) return null;
        var fields = statm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2 || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pages)) return null;
        if (!names.TryGetValue((pid, stat.StartTicks), out var name))
        {
            name = ((TryRead(Path.Combine(folder, "comm")) ?? "").Trim(), (TryRead(Path.Combine(folder, "cmdline")) ?? "").Split('\0')[0]);
            // A renderer renames its main thread after start: keep the name only once argv is there (it is, after exec).
            if (name.Item2.Length > 0) names[(pid, stat.StartTicks)] = name;
        }
        return new ProcessMemory(pid, name.Command, name.Executable, pages * pageBytes, withPss ? PssKib(folder) * 1024 : 0, stat.CpuTicks, stat.StartTicks);
    }

    /// <summary>The "Pss:" line of smaps_rollup, in kB; 0 when the file is missing or unreadable.</summary>
    private static long PssKib(string folder)
    {
        var rollup = TryRead(Path.Combine(folder, "smaps_rollup"));
        if (rollup is null) return 0;
        foreach (var line in rollup.Split('\n'))
        {
            if (!line.StartsWith("Pss:", StringComparison.Ordinal)) continue;
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length > 1 && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib : 0;
        }
        return 0;
    }

    private static string? TryRead(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
