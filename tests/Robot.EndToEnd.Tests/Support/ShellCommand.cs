using System.Diagnostics;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>What a finished child process printed and its exit code.</summary>
public sealed record ShellResult(string Command, int ExitCode, string Out, string Error)
{
    public override string ToString() => $"$ {Command} → exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>Runs a program as a child process to its end (killed with everything it started when it outlives the limit).</summary>
public static class ShellCommand
{
    /// <param name="environment">Variables to set in the child's environment; a null value removes the variable.</param>
    public static async Task<ShellResult> RunAsync(string program, IEnumerable<string> args, string workingDirectory,
        TimeSpan limit, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        var command = $"{program} {string.Join(' ', start.ArgumentList)}";
        TestContext.Progress.WriteLine($"  $ (cd {workingDirectory} && {command})");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{command} did not end within {limit.TotalSeconds:0} s; it printed:\n{await output}\n{await error}");
        }
        var result = new ShellResult(command, process.ExitCode, await output, await error);
        TestContext.Progress.WriteLine($"  → exit {result.ExitCode}");
        return result;
    }

    /// <summary>One word for sh -c: in single quotes, a single quote written as '\''.</summary>
    public static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
