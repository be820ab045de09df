using System.Diagnostics;

namespace Robot.Sandbox.Mail;

/// <summary>The Dovecot master process of one private instance, run in the foreground as our child.</summary>
internal sealed class DovecotProcess
{
    public const string Executable = "/usr/sbin/dovecot";
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly Queue<string> output = new();
    private int stopping;

    private DovecotProcess(Process process) => this.process = process;

    public int Pid { get; private set; }

    public bool HasExited => this.process.HasExited;

    public static DovecotProcess Start(string configPath)
    {
        var info = new ProcessStartInfo(Executable, ["-F", "-c", configPath])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = new Process { StartInfo = info };
        var started = new DovecotProcess(process);
        process.OutputDataReceived += (_, e) => started.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => started.Remember(e.Data);
        process.Start();
        started.Pid = process.Id;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>What Dovecot printed before its log file was open (configuration errors land here).</summary>
    public string OutputTail()
    {
        lock (output)
        {
            return string.Join('\n', output);
        }
    }

    /// <summary>SIGTERM, wait with a deadline, SIGKILL whatever of the process tree is left.</summary>
    public async Task StopAsync()
    {
        if (Terminate() is not { } tree)
        {
            return;
        }

        using var deadline = new CancellationTokenSource(Grace);
        try
        {
            await this.process.WaitForExitAsync(deadline.Token);
            while (tree.Any(p => p.IsAlive))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
            }
        }
        catch (OperationCanceledException)
        {
            KillAll(tree);
        }

        this.process.Dispose();
    }

    /// <summary>The blocking variant for process-exit handlers, where nothing may be awaited.</summary>
    public void Stop()
    {
        if (Terminate() is not { } tree)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        while (tree.Any(p => p.IsAlive) && clock.Elapsed < Grace)
        {
#pragma warning disable RS0030 // Process-exit handlers cannot await: a short blocking poll is the only wait there.
            Thread.Sleep(20);
#pragma warning restore RS0030
        }

        KillAll(tree);
        this.process.Dispose();
    }

    /// <summary>
    /// SIGTERMs the master and returns its process tree as it was; null when a stop already began
    /// (dispose racing an exit handler).
    /// </summary>
    private IReadOnlyList<LinuxProcess>? Terminate()
    {
        if (Interlocked.Exchange(ref stopping, 1) == 1)
        {
            return null;
        }

        if (this.process.HasExited)
        {
            return [];
        }

        var tree = LinuxProcesses.TreeOf(this.process.Id);
        UnixNative.Signal(this.process.Id, UnixNative.SigTerm);
        return tree;
    }

    internal static void KillAll(IEnumerable<LinuxProcess> tree)
    {
        foreach (var survivor in tree.Where(p => p.IsAlive))
        {
            UnixNative.Signal(survivor.Pid, UnixNative.SigKill);
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Enqueue(line);
            if (output.Count > 20)
            {
                output.Dequeue();
            }
        }
    }
}
