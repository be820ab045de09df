using System.Globalization;

namespace Robot.Bench;

/// <summary>One process of a tree as /proc shows it: its command name, its first argument and its resident memory.</summary>
/// <remarks>PssBytes (proportional set size, from smaps_rollup) shares each shared page among its users; 0 when unreadable.</remarks>
public sealed record ProcessMemory(int Pid, string Command, string Executable, long RssBytes, long PssBytes = 0)
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
/// Reads a process tree from a /proc folder (a fake one in tests): parents from <c>stat</c>, resident pages from
/// <c>statm</c>, proportional pages from <c>smaps_rollup</c>. Processes that end while being read are skipped. RSS
/// counts shared pages in each process, so its sum over a tree is an upper bound of what the tree holds; PSS is not.
/// </summary>
public sealed class ProcessTree(string procRoot = "/proc", long pageSize = 0)
{
    private readonly long pageBytes = pageSize > 0 ? pageSize : Environment.SystemPageSize;

    public IReadOnlyList<ProcessMemory> Read(int rootPid)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var folder in Directory.EnumerateDirectories(procRoot))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (ParentOf(folder) is not { } parent) continue;
            if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
            list.Add(pid);
        }
        var result = new List<ProcessMemory>();
        var pending = new Stack<int>([rootPid]);
        var seen = new HashSet<int>();
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            if (!seen.Add(pid)) continue;
            if (Memory(pid) is { } memory) result.Add(memory);
            if (children.TryGetValue(pid, out var kids)) foreach (var kid in kids) pending.Push(kid);
        }
        return result;
    }

    public TreeMemory Sum(int rootPid) => TreeMemory.Sum(Read(rootPid));

    /// <summary>The parent pid: the 2nd field after the command in parentheses (which may hold spaces and parentheses).</summary>
    private static int? ParentOf(string folder)
    {
        var stat = TryRead(Path.Combine(folder, "stat"));
        if (stat is null) return null;
        var close = stat.LastIndexOf(')');
        if (close < 0) return null;
        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null;
    }

    private ProcessMemory? Memory(int pid)
    {
        var folder = Path.Combine(procRoot, pid.ToString(CultureInfo.InvariantCulture));
        var statm = TryRead(Path.Combine(folder, "statm"));
        if (statm is null) return null;
        var fields = statm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2 || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pages)) return null;
        var command = (TryRead(Path.Combine(folder, "comm")) ?? "").Trim();
        var executable = (TryRead(Path.Combine(folder, "cmdline")) ?? "").Split('\0')[0];
        return new ProcessMemory(pid, command, executable, pages * pageBytes, PssKib(folder) * 1024);
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
