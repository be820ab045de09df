using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Robot.Cli.Demo;

/// <summary>
/// The rehearsal sandbox as a child process, for <c>robot demo</c>. The command comes from ROBOT_SANDBOX_COMMAND
/// (the robot never references the sandbox). Its standard output is read and dropped: it prints the site logins.
/// Disposing stops it: SIGTERM, a wait, then a kill.
/// </summary>
public sealed partial class SandboxProcess : IAsyncDisposable
{
    public const string CommandVariable = "ROBOT_SANDBOX_COMMAND";

    private const string SetSid = "/usr/bin/setsid";

    private readonly Process process;
    private readonly string workFolder;
    private readonly Queue<string> errorTail = new();
    private readonly TimeSpan stopDeadline;

    private readonly string command;

    private SandboxProcess(Process process, string workFolder, TimeSpan stopDeadline, string command)
    {
        this.command = command;
        this.process = process;
        this.workFolder = workFolder;
        this.stopDeadline = stopDeadline;
    }

    public string WorkFolder => workFolder;

    public int ProcessId => process.Id;

    /// <summary>Starts the sandbox with a private data folder and urls file in a new temporary folder.</summary>
    public static SandboxProcess Start(string command, TimeSpan stopDeadline)
    {
        var words = SplitCommand(command);
        if (words.Count == 0) throw new DemoException($"{CommandVariable} is empty");
        var workFolder = Directory.CreateTempSubdirectory("robot-demo-").FullName;
        // In a session of its own (setsid), the sandbox does not get the terminal's Ctrl-C: the robot first finishes
        // the connection in hand against it, then stops it with SIGTERM.
        var ownSession = OperatingSystem.IsLinux() && File.Exists(SetSid);
        var info = new ProcessStartInfo(ownSession ? SetSid : words[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var word in words.Skip(ownSession ? 0 : 1)) info.ArgumentList.Add(word);
        info.ArgumentList.Add("--urls-file");
        info.ArgumentList.Add(Path.Combine(workFolder, "urls.json"));
        info.ArgumentList.Add("--data-dir");
        info.ArgumentList.Add(Path.Combine(workFolder, "data"));

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new DemoException($"could not start the sandbox ({words[0]})");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            TryDelete(workFolder);
            throw new DemoException($"could not start the sandbox with {CommandVariable}='{command}': {error.Message}");
        }
        var sandbox = new SandboxProcess(process, workFolder, stopDeadline, command);
        // Both streams must be drained or the child blocks on a full pipe; stdout (logins) is dropped.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => sandbox.KeepErrorLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return sandbox;
    }

    public string UrlsFile => Path.Combine(workFolder, "urls.json");

    /// <summary>Waits until the sandbox has written its urls file, failing early when it exits or the deadline passes.</summary>
    public async Task<SandboxUrlsFile> WaitUntilReadyAsync(TimeSpan deadline, CancellationToken cancellationToken)
    {
        var ready = await Conditions.WaitUntilAsync(
            () => File.Exists(UrlsFile) || process.HasExited,
            deadline, TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
        if (!File.Exists(UrlsFile))
        {
            var why = process.HasExited
                ? $"the sandbox ({CommandVariable}='{command}') exited with code {process.ExitCode} before it was ready" +
                  (process.ExitCode == 127 ? " (command not found)" : "")
                : $"the sandbox ({CommandVariable}='{command}') did not write {UrlsFile} within {deadline.TotalSeconds:0} s";
            throw new DemoException(why + ErrorTail());
        }
        _ = ready;
        try
        {
            var urls = JsonSerializer.Deserialize<SandboxUrlsFile>(await File.ReadAllTextAsync(UrlsFile, cancellationToken).ConfigureAwait(false));
            return urls?.Validated(UrlsFile) ?? throw new DemoException($"{UrlsFile} is empty");
        }
        catch (JsonException error)
        {
            throw new DemoException($"{UrlsFile}: malformed JSON: {error.Message}");
        }
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
                if (SendTerm(process.Id) != 0) process.Kill(entireProcessTree: true);
                using var deadline = new CancellationTokenSource(stopDeadline);
                try
                {
                    await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
            TryDelete(workFolder);
        }
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static int SendTerm(int pid) => OperatingSystem.IsWindows() ? -1 : Kill(pid, 15);

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    /// <summary>Splits a command line on blanks, honouring single and double quotes.</summary>
    public static IReadOnlyList<string> SplitCommand(string command)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        char? quote = null;
        var inWord = false;
        foreach (var c in command)
        {
            if (quote is not null)
            {
                if (c == quote) quote = null;
                else current.Append(c);
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(current.ToString());
                current.Clear();
                inWord = false;
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }
        if (inWord) words.Add(current.ToString());
        return words;
    }
}

/// <summary>What the sandbox writes to its urls file: the site URLs and the logins it accepts.</summary>
public sealed record SandboxUrlsFile(
    [property: JsonPropertyName("server")] string Server,
    [property: JsonPropertyName("cloud")] string Cloud,
    [property: JsonPropertyName("app")] string? App,
    [property: JsonPropertyName("serverLogin")] SandboxLogin ServerLogin,
    [property: JsonPropertyName("cloudLogin")] SandboxLogin CloudLogin,
    [property: JsonPropertyName("mail")] SandboxMail? Mail = null,
    [property: JsonPropertyName("mailCertificateFingerprint")] string? MailCertificateFingerprint = null)
{
    public SandboxUrlsFile Validated(string file)
    {
        if (string.IsNullOrWhiteSpace(Server) || string.IsNullOrWhiteSpace(Cloud))
            throw new DemoException($"{file}: 'server' and 'cloud' URLs are required");
        if (ServerLogin is null || CloudLogin is null)
            throw new DemoException($"{file}: 'serverLogin' and 'cloudLogin' are required");
        return this;
    }
}

public sealed record SandboxLogin(string User, string Password)
{
    public override string ToString() => $"SandboxLogin {{ User = {User}, Password = *** }}";
}

public sealed class DemoException(string message) : Exception(message);
