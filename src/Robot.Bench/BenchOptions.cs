using System.Globalization;

namespace Robot.Bench;

/// <summary>What one bench is asked to do: how many connections to seed, the worker counts to try, where to write.</summary>
public sealed record BenchOptions(int Connections, IReadOnlyList<int> Workers, string? Output)
{
    public const int MaxConnections = 2000;
    public const int MaxWorkers = 32;

    public static readonly BenchOptions Default = new(200, [1, 2, 4], null);

    public static readonly string Usage =
        "usage: ./run.sh bench [--connections N] [--workers LIST] [--output DIR]\n" +
        $"  --connections N   connections to seed and migrate, 1-{MaxConnections} (default 200)\n" +
        $"  --workers LIST    comma-separated worker counts, each 1-{MaxWorkers} (default 1,2,4)\n" +
        "  --output DIR      folder for bench.csv and each run's robot output (default out/bench-<timestamp>)";

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
                "--connections" => options with { Connections = ParseConnections(Value()) },
                "--workers" => options with { Workers = ParseWorkers(Value()) },
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

    private static int ParseConnections(string text)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > MaxConnections)
            throw new BenchUsageException($"--connections must be a whole number 1-{MaxConnections}, not '{text}'");
        return n;
    }

    private static List<int> ParseWorkers(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var workers = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > MaxWorkers)
                throw new BenchUsageException($"--workers takes a comma-separated list of whole numbers 1-{MaxWorkers}, not '{text}'");
            if (!workers.Contains(n)) workers.Add(n);
        }
        return workers;
    }

    private static string NonBlank(string text, string option) =>
        string.IsNullOrWhiteSpace(text) ? throw new BenchUsageException($"{option} needs a folder") : text;
}

/// <summary>A bad command line: the message says which option and why (exit 2).</summary>
public sealed class BenchUsageException(string message) : Exception(message);

/// <summary>--help: print the usage and stop.</summary>
public sealed class BenchHelpRequested() : Exception("help requested");
