using System.Diagnostics;

namespace Robot.Sandbox.Mail;

/// <summary>The Dovecot master process of one private instance, run in the foreground as our child.</summary>
internal sealed class DovecotProcess
{
    public const string Executable = "/usr/sbin/dovecot";
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private int _stopping;

    private DovecotProcess(Process process) => _process = process;

    public int Pid { get; private set; }

    public bool HasExited => _process.HasExited;

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
        lock (_output)
        {
            return string.Join('\n', _output);
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
            await _process.WaitForExitAsync(deadline.Token);
            while (tree.Any(p => p.IsAlive))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
            }
        }
        catch (OperationCanceledException)
        {
            KillAll(tree);
        }

        _process.Dispose();
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
        _process.Dispose();
    }

    /// <summary>
    /// SIGTERMs the master and returns its process tree as it was; null when a stop already began
    /// (dispose racing an exit handler).
    /// </summary>
    private IReadOnlyList<LinuxProcess>? Terminate()
    {
        if (Interlocked.Exchange(ref _stopping, 1) == 1)
        {
            return null;
        }

        if (_process.HasExited)
        {
            return [];
        }

        var tree = LinuxProcesses.TreeOf(_process.Id);
        UnixNative.Signal(_process.Id, UnixNative.SigTerm);
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

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 20)
            {
                _output.Dequeue();
            }
        }
    }
}
