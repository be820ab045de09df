using System.Globalization;

namespace Robot.Bench;

/// <summary>The floors a run is set beside: the HTTP floor (the sites' JSON APIs) and the lean UI floor (the same clicks, nothing else).</summary>
[Flags]
public enum Floors
{
    None = 0,
    Http = 1,
    LeanUi = 2,
    Both = Http | LeanUi,
}

/// <summary>
/// What one bench is asked to do: the list sizes to seed (one sandbox each), the worker counts to try at each size, the
/// floors to run beside each robot run, where to write.
/// </summary>
public sealed record BenchOptions(IReadOnlyList<int> Connections, IReadOnlyList<int> Workers, string? Output, Floors Floors = Floors.Both)
{
    /// <summary>The robot's own failure-trace modes (its --trace), each run at every size and worker count: an A/B of what recording costs.</summary>
    public IReadOnlyList<string> Traces { get; init; } = [TraceOnFailure];

    public const string TraceOnFailure = "on-failure";
    public const string TraceOff = "off";

    public const int MaxConnections = 2000;
    public const int MaxWorkers = 32;

    public static readonly BenchOptions Default = new([200], [1, 2, 4], null);

    public static readonly string Usage =
        "usage: ./run.sh bench [--connections LIST] [--workers LIST] [--floors LIST] [--trace LIST] [--output DIR]\n" +
        $"  --connections LIST  comma-separated list sizes to seed and migrate, each 1-{MaxConnections} (default 200);\n" +
        "                      with more than one, the growth of per-connection wall time and CPU (largest vs smallest) is printed\n" +
        $"  --workers LIST      comma-separated worker counts, each 1-{MaxWorkers} (default 1,2,4)\n" +
        "  --floors LIST       floors run beside each robot run: http, ui (the lean UI floor), both or none (default both)\n" +
        "  --trace LIST        the robot's --trace for its runs: on-failure, off, or both as on-failure,off (an A/B of what the\n" +
        "                      failure trace costs; default on-failure, the robot's default); the floors run beside the first only\n" +
        "  --output DIR        folder for bench.csv and each run's robot output (default out/bench-<timestamp>)";

    /// <summary>Parses the command line; a bad value is a <see cref="BenchUsageException"/> naming the option.</summary>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = SplitEquals(args[i]);
            string Value()
            {
                if (inline is not null) return inline;
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    throw new BenchUsageException($"{name} needs a value");
                return args[++i];
            }
            options = name switch
            {
                "--connections" => options with { Connections = ParseList(Value(), MaxConnections, "--connections", sorted: true) },
                "--workers" => options with { Workers = ParseList(Value(), MaxWorkers, "--workers", sorted: false) },
                "--floors" => options with { Floors = ParseFloors(Value()) },
                "--trace" => options with { Traces = ParseTraces(Value()) },
                "--output" => options with { Output = NonBlank(Value(), "--output") },
                "--help" or "-h" => throw new BenchHelpRequested(),
                _ => throw new BenchUsageException($"unknown option '{args[i]}'"),
            };
        }
        return options;
    }

    private static (string Name, string? Value) SplitEquals(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    /// <summary>A comma-separated list of whole numbers 1-max, repeats dropped; list sizes run smallest first.</summary>
    private static List<int> ParseList(string text, int max, string option, bool sorted)
    {
        var values = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > max)
                throw new BenchUsageException($"{option} takes a comma-separated list of whole numbers 1-{max}, not '{text}'");
            if (!values.Contains(n)) values.Add(n);
        }
        if (sorted) values.Sort();
        return values;
    }

    private static Floors ParseFloors(string text)
    {
        var floors = Floors.None;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            floors |= part.ToLowerInvariant() switch
            {
                "http" => Floors.Http,
                "ui" => Floors.LeanUi,
                "both" => Floors.Both,
                "none" => Floors.None,
                _ => throw new BenchUsageException($"--floors takes http, ui, both or none, not '{text}'"),
            };
        }
        return floors;
    }

    private static List<string> ParseTraces(string text)
    {
        var modes = new List<string>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var mode = part.ToLowerInvariant();
            if (mode is not (TraceOnFailure or TraceOff))
                throw new BenchUsageException($"--trace takes on-failure, off or both as a comma-separated list, not '{text}'");
            if (!modes.Contains(mode)) modes.Add(mode);
        }
        return modes;
    }

    private static string NonBlank(string text, string option) =>
        string.IsNullOrWhiteSpace(text) ? throw new BenchUsageException($"{option} needs a folder") : text;
}

/// <summary>A bad command line: the message says which option and why (exit 2).</summary>
public sealed class BenchUsageException(string message) : Exception(message);

/// <summary>--help: print the usage and stop.</summary>
public sealed class BenchHelpRequested() : Exception("help requested");
