using System.Diagnostics;
using System.Text.Json;

namespace Robot.Bench;

/// <summary>
/// The sandbox as a child process in a session of its own (setsid), so stopping it stops its whole process group
/// (Dovecot included): SIGTERM, a wait, then SIGKILL. Its output (which prints the site logins) is drained and dropped,
/// all but the last lines of standard error, shown when it fails to start.
/// </summary>
public sealed class SandboxChild : IAsyncDisposable
{
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(15);

    private readonly Process process;
    private readonly string workFolder;
    private readonly Queue<string> errorTail = new();

    private SandboxChild(Process process, string workFolder)
    {
        this.process = process;
        this.workFolder = workFolder;
    }

    public string UrlsFile => Path.Combine(workFolder, "urls.json");

    /// <summary>Starts <c>dotnet SANDBOX_DLL --seed SEED</c> with its urls file and data folder in <paramref name="workFolder"/>.</summary>
    public static SandboxChild Start(string sandboxDll, string seedFile, string workFolder)
    {
        var info = new ProcessStartInfo(File.Exists(Posix.SetSid) ? Posix.SetSid : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (File.Exists(Posix.SetSid)) info.ArgumentList.Add("dotnet");
        foreach (var arg in new[] { sandboxDll, "--seed", seedFile, "--urls-file", Path.Combine(workFolder, "urls.json"), "--data-dir", Path.Combine(workFolder, "data") })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new BenchFailure($"could not start the sandbox ({sandboxDll})");
        var child = new SandboxChild(process, workFolder);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => child.KeepErrorLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public int ProcessId => process.Id;

    public async Task<SandboxUrls> WaitUntilReadyAsync(TimeSpan deadline, TimeProvider clock, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + deadline;
        while (!File.Exists(UrlsFile))
        {
            if (process.HasExited)
                throw new BenchFailure($"the sandbox exited with code {process.ExitCode} before it was ready{ErrorTail()}");
            if (clock.GetUtcNow() > until)
                throw new BenchFailure($"the sandbox did not write {UrlsFile} within {deadline.TotalSeconds:0} s{ErrorTail()}");
            await Task.Delay(TimeSpan.FromMilliseconds(100), clock, cancellationToken).ConfigureAwait(false);
        }
        var text = await File.ReadAllTextAsync(UrlsFile, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Deserialize<SandboxUrls>(text, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
               ?? throw new BenchFailure($"{UrlsFile} is empty");
    }

    private void KeepErrorLine(string? line)
    {
        if (line is null) return;
        lock (errorTail)
        {
            errorTail.Enqueue(line);
            while (errorTail.Count > 20) errorTail.Dequeue();
        }
    }

    private string ErrorTail()
    {
        lock (errorTail)
            return errorTail.Count == 0 ? "" : Environment.NewLine + "sandbox said:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errorTail);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                // The sandbox leads its own session, so -pid is its group: Dovecot goes with it.
                if (Posix.Kill(-process.Id, Posix.SigTerm) != 0) process.Kill(entireProcessTree: true);
                using var deadline = new CancellationTokenSource(StopDeadline);
                try
                {
                    await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    Posix.Kill(-process.Id, Posix.SigKill);
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
            // Anything of the group still alive (a Dovecot child that outlived the sandbox) goes too.
            Posix.Kill(-process.Id, Posix.SigKill);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }
}

/// <summary>The bench could not be made or a run failed: the message says which and why (exit 1).</summary>
public sealed class BenchFailure(string message) : Exception(message);
