using System.Runtime.InteropServices;

namespace Robot.Sandbox.Mail;

/// <summary>
/// Makes sure no private Dovecot outlives this process: running instances are stopped on
/// process exit, Ctrl+C and SIGTERM, and instances left behind by a process that could run
/// no handler (SIGKILL) are swept when the next one starts.
/// </summary>
internal static class OrphanGuard
{
    private static readonly Dictionary<DovecotWorkDir, DovecotProcess> Running = [];
    private static PosixSignalRegistration? sigTermHandler; // kept referenced: collecting it unregisters the handler

    public static void Register(DovecotWorkDir dir, DovecotProcess process)
    {
        lock (Running)
        {
            if (sigTermHandler is null)
            {
                AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
                Console.CancelKeyPress += (_, _) => StopAll();

                // Since .NET 10 a bare SIGTERM no longer raises ProcessExit. The handler leaves
                // Cancel alone, so SIGTERM keeps whatever effect the application gave it.
                sigTermHandler = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => StopAll());
            }

            Running[dir] = process;
        }
    }

    public static void Unregister(DovecotWorkDir dir)
    {
        lock (Running)
        {
            Running.Remove(dir);
        }
    }

    /// <summary>Stops instances whose creating process is gone and deletes their directories.</summary>
    public static void SweepStale()
    {
        foreach (var root in Directory.EnumerateDirectories(DovecotWorkDir.Parent, DovecotWorkDir.Prefix + "*"))
        {
            try
            {
                Sweep(DovecotWorkDir.Existing(root));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Leftovers must never stop a new instance from starting; the next sweep retries.
            }
        }
    }

    private static void Sweep(DovecotWorkDir dir)
    {
        if (!dir.IsAbandoned)
        {
            return;
        }

        // Only a dovecot started with this directory's config is ours to stop.
        if (dir.MasterPid is { } pid && LinuxProcesses.CommandLine(pid) is { } command
            && command.StartsWith(DovecotProcess.Executable, StringComparison.Ordinal)
            && command.Contains(dir.Config, StringComparison.Ordinal))
        {
            DovecotProcess.KillAll(LinuxProcesses.TreeOf(pid));
        }

        dir.Delete();
    }

    private static void StopAll()
    {
        KeyValuePair<DovecotWorkDir, DovecotProcess>[] running;
        lock (Running)
        {
            running = [.. Running];
            Running.Clear();
        }

        foreach (var (dir, process) in running)
        {
            process.Stop();
            dir.Delete();
        }
    }
}
