using System.Globalization;

namespace Robot.Sandbox.Mail;

/// <summary>A process as /proc knows it; the start time tells a reused pid apart.</summary>
public readonly record struct LinuxProcess(int Pid, long StartTicks)
{
    public bool IsAlive => LinuxProcesses.Read(Pid) is { } now && now.Process == this && now.State != 'Z';
}

/// <summary>Reads the process table from /proc.</summary>
public static class LinuxProcesses
{
    /// <summary>The process and all its descendants, root first; empty when it is gone.</summary>
    public static IReadOnlyList<LinuxProcess> TreeOf(int rootPid)
    {
        var table = All().ToList();
        var tree = new List<LinuxProcess>();
        var root = table.FirstOrDefault(p => p.Process.Pid == rootPid);
        if (root.Process.Pid == 0)
        {
            return tree;
        }

        tree.Add(root.Process);
        for (var i = 0; i < tree.Count; i++)
        {
            var parent = tree[i].Pid;
            tree.AddRange(table.Where(p => p.ParentPid == parent).Select(p => p.Process));
        }

        return tree;
    }

    /// <summary>The command line of a process, arguments separated by spaces; null when it is gone.</summary>
    public static string? CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').TrimEnd();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    internal static (LinuxProcess Process, int ParentPid, char State)? Read(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) may hold spaces and parentheses: fields are counted after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (new LinuxProcess(pid, long.Parse(fields[19], CultureInfo.InvariantCulture)), int.Parse(fields[1], CultureInfo.InvariantCulture), fields[0][0]);
    }

    private static IEnumerable<(LinuxProcess Process, int ParentPid, char State)> All()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(System.IO.Path.GetFileName(dir), out var pid) && Read(pid) is { } entry)
            {
                yield return entry;
            }
        }
    }
}
