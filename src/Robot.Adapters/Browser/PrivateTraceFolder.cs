namespace Robot.Adapters.Browser;

/// <summary>
/// Where Chromium's raw trace chunks are recorded (Playwright's TracesDir) instead of the shared temporary folder: the
/// chunks hold what the page was given, the connection's password included, before <c>TraceMasker</c> masks the kept
/// trace.zip. The folder is the robot's own user's only (0700) and is deleted when the browser closes; one left behind
/// by a robot that was killed is deleted by the next robot's start.
/// </summary>
public sealed class PrivateTraceFolder : IDisposable
{
    private const string Prefix = "robot-traces-";

    private PrivateTraceFolder(string path) => Path = path;

    public string Path { get; }

    public static PrivateTraceFolder Create()
    {
        var parent = System.IO.Path.GetTempPath();
        SweepOrphans(parent);
        var path = System.IO.Path.Combine(parent, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new PrivateTraceFolder(path);
    }

    public void Dispose() => DeleteQuietly(Path);

    /// <summary>Deletes the trace folders of robots that are no longer running (killed before they could clean up).</summary>
    private static void SweepOrphans(string parent)
    {
        IEnumerable<string> folders;
        try { folders = Directory.EnumerateDirectories(parent, Prefix + "*").ToList(); }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException) { return; }
        foreach (var folder in folders)
        {
            var owner = System.IO.Path.GetFileName(folder)[Prefix.Length..].Split('-')[0];
            if (int.TryParse(owner, out var pid) && !IsRunning(pid)) DeleteQuietly(folder);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException) { }
    }
}
