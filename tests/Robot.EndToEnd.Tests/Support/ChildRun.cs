using System.Diagnostics;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>One run of the built robot as a real child process, to its end: exit code, what it printed, how long it took.</summary>
public sealed record ChildRun(string[] Args, int ExitCode, string Printed, string Errors, TimeSpan Elapsed)
{
    /// <summary>Runs <c>robot ARGS</c> in <paramref name="workingDirectory"/> until it exits; see <see cref="ChildRobot.Start"/> for <paramref name="environment"/>.</summary>
    public static async Task<ChildRun> RunAsync(string[] args, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var clock = Stopwatch.StartNew();
        using var child = ChildRobot.Start(args, workingDirectory, environment);
        var exit = await child.WaitForExitAsync(TimeSpan.FromMinutes(4));
        return new ChildRun(args, exit, child.Printed, child.Errors, clock.Elapsed);
    }

    /// <summary>The lines it printed on stderr.</summary>
    public IReadOnlyList<string> ErrorLines => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();

    /// <summary>A .NET stack trace or exception type name anywhere in what it printed.</summary>
    public bool PrintedAStackTrace => Printed.Contains("   at ", StringComparison.Ordinal) || Printed.Contains("Exception", StringComparison.Ordinal);

    public override string ToString() => $"robot {string.Join(' ', Args)} → exit {ExitCode} in {Elapsed.TotalSeconds:0.0} s\n{Printed}";
}
