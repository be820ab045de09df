using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Robot.Sandbox.Mail;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// The built robot (robot.dll) as a real child process in its own process group (started through setsid), so a test
/// can send it SIGKILL or SIGTERM like an operator or a crash would. Every process it started (the Playwright driver,
/// Chromium, which Playwright puts in a group of its own) is remembered while the test watches, and killed when the
/// child is disposed: the test stops what it started.
/// </summary>
public sealed class ChildRobot : IDisposable
{
    public const int SigKill = 9, SigTerm = 15;

    private readonly Process process;
    private readonly HashSet<LinuxProcess> started = [];
    private readonly StringBuilder output = new();
    private readonly StringBuilder errors = new();
    private readonly Lock gate = new();
    private long lastScan;

    /// <summary>
    /// How often the waits walk /proc for the child's processes (a few ms of CPU each on a busy machine): its driver and
    /// Chromium live for the whole run, so once a second finds them; the 200 ms polls only look for the exit.
    /// </summary>
    private static readonly TimeSpan ScanEvery = TimeSpan.FromSeconds(1);

    private ChildRobot(Process process) => this.process = process;

    public int Pid => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Everything it printed (stdout and stderr), for the secret scan and failure messages.</summary>
    public string Printed { get { lock (gate) return output.ToString(); } }

    /// <summary>What it printed on stderr alone.</summary>
    public string Errors { get { lock (gate) return errors.ToString(); } }

    /// <summary>
    /// Starts <c>setsid dotnet robot.dll ARGS</c>; the site passwords come from this process's environment, with
    /// <paramref name="environment"/>'s variables set (or, when null, removed) on top.
    /// </summary>
    public static ChildRobot Start(IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(RepoPaths.RobotDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("setsid dotnet robot.dll did not start");
        var child = new ChildRobot(process);
        process.OutputDataReceived += (_, e) => child.Print(e.Data, error: false);
        process.ErrorDataReceived += (_, e) => child.Print(e.Data, error: true);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        TestContext.Progress.WriteLine($"  $ setsid dotnet robot.dll {string.Join(' ', args)}  (pid {process.Id})");
        return child;
    }

    /// <summary>Polls <paramref name="condition"/> (remembering the child's processes each time) until it holds or the child ends.</summary>
    /// <returns>True when the condition held while the child was still running.</returns>
    public async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan limit, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            Remember();
            if (condition()) return !process.HasExited;
            if (process.HasExited) return false;
            await Task.Delay(200);
        }
        throw new TimeoutException($"{what} did not happen within {limit.TotalSeconds:0} s; the robot printed:\n{Printed}");
    }

    /// <summary>SIGKILL for the whole group and every process it started; SIGTERM for the robot alone (as `kill PID` does).</summary>
    public void Signal(int signal)
    {
        Remember(now: true);
        TestContext.Progress.WriteLine($"  kill -{signal} {(signal == SigKill ? "-" : "")}{process.Id}");
        if (signal != SigKill)
        {
            kill(process.Id, signal);
            return;
        }
        kill(-process.Id, SigKill);
        foreach (var started in Alive()) kill(started.Pid, SigKill);
    }

    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            while (!process.HasExited)
            {
                Remember();
                await Task.Delay(200, timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the robot did not end within {limit.TotalSeconds:0} s; it printed:\n{Printed}");
        }
        await process.WaitForExitAsync();
        TestContext.Progress.WriteLine($"  → robot pid {process.Id} exit {process.ExitCode}");
        return process.ExitCode;
    }

    /// <summary>Processes the child started that are still running.</summary>
    public IReadOnlyList<LinuxProcess> Alive()
    {
        lock (gate) return started.Where(p => p.IsAlive).ToList();
    }

    /// <summary>Polls until every process the child started is gone (after it exited or was killed).</summary>
    public async Task<IReadOnlyList<LinuxProcess>> WaitAllGoneAsync(TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (Alive() is { Count: > 0 } alive)
        {
            if (deadline.Elapsed > limit) return alive;
            await Task.Delay(100);
        }
        return [];
    }

    public void Dispose()
    {
        if (!process.HasExited) kill(-process.Id, SigKill);
        foreach (var left in Alive()) kill(left.Pid, SigKill);
        process.Dispose();
    }

    private void Remember(bool now = false)
    {
        if (process.HasExited) return;
        if (!now && Stopwatch.GetElapsedTime(Interlocked.Read(ref lastScan)) < ScanEvery) return;
        Interlocked.Exchange(ref lastScan, Stopwatch.GetTimestamp());
        var tree = LinuxProcesses.TreeOf(process.Id);
        lock (gate) started.UnionWith(tree);
    }

    private void Print(string? line, bool error)
    {
        if (line is null) return;
        lock (gate)
        {
            output.AppendLine(line);
            if (error) errors.AppendLine(line);
        }
        TestContext.Progress.WriteLine("    child> " + line);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
