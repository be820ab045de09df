using System.Globalization;

namespace Robot.Domain;

/// <summary>A unit a Timeout field is written in.</summary>
public enum TimeUnit
{
    Milliseconds = 1,
    Seconds = 1000,
}

/// <summary>How a value that does not fall on a whole Cloud unit is turned into one.</summary>
public enum TimeRounding
{
    /// <summary>To the next whole unit (1500 ms → 2 s): a connection never gets less time than it had.</summary>
    Up,

    /// <summary>To the previous whole unit (1500 ms → 1 s).</summary>
    Down,

    /// <summary>To the closest whole unit, halves away from zero (1500 ms → 2 s, 1499 ms → 1 s).</summary>
    Nearest,

    /// <summary>No rounding: a value that is not a whole number of Cloud units cannot be represented.</summary>
    Exact,
}

/// <summary>
/// The units of the Timeout field on each site and the rounding rule between them (settings: Units:Timeout).
/// The default, milliseconds on both, changes nothing.
/// </summary>
public sealed record TimeoutUnits(TimeUnit Server = TimeUnit.Milliseconds, TimeUnit Cloud = TimeUnit.Milliseconds, TimeRounding Rounding = TimeRounding.Up)
{
    public static TimeoutUnits Default { get; } = new();

    /// <summary>The Server's value (in <see cref="Server"/> units) in milliseconds.</summary>
    public long ServerMilliseconds(long serverValue) => serverValue * (int)Server;

    /// <summary>
    /// A duration in <see cref="Cloud"/> units; false with the reason when it cannot be represented there
    /// (not a whole unit under <see cref="TimeRounding.Exact"/>, or rounded to 0).
    /// </summary>
    public bool TryConvert(long milliseconds, out int cloudValue, out string reason)
    {
        var factor = (int)Cloud;
        var whole = milliseconds / factor;
        var rest = milliseconds % factor;
        cloudValue = 0;
        reason = "";
        if (rest != 0)
        {
            switch (Rounding)
            {
                case TimeRounding.Exact:
                    reason = $"is {Describe(milliseconds)}, not a whole number of {Name(Cloud)} as the Cloud asks (Units:Timeout:Rounding is Exact)";
                    return false;
                case TimeRounding.Up:
                    whole++;
                    break;
                case TimeRounding.Nearest:
                    if (rest * 2 >= factor) whole++;
                    break;
                case TimeRounding.Down:
                    break;
            }
        }
        if (whole < 1)
        {
            reason = $"is {Describe(milliseconds)}, which rounds {Rounding.ToString().ToLowerInvariant()} to 0 {Name(Cloud)} on the Cloud";
            return false;
        }
        if (whole > int.MaxValue)
        {
            reason = $"is {Describe(milliseconds)}, too large for the Cloud";
            return false;
        }
        cloudValue = (int)whole;
        return true;
    }

    /// <summary>A unit's name as settings spell it: "ms" or "s".</summary>
    public static string Symbol(TimeUnit unit) => unit == TimeUnit.Seconds ? "s" : "ms";

    /// <summary>Parses "ms" or "s" (also "milliseconds", "seconds"), ignoring case.</summary>
    public static bool TryParseUnit(string? text, out TimeUnit unit)
    {
        unit = TimeUnit.Milliseconds;
        switch ((text ?? "").Trim().ToLowerInvariant())
        {
            case "ms" or "millisecond" or "milliseconds":
                return true;
            case "s" or "second" or "seconds":
                unit = TimeUnit.Seconds;
                return true;
            default:
                return false;
        }
    }

    private static string Name(TimeUnit unit) => unit == TimeUnit.Seconds ? "seconds" : "milliseconds";

    private static string Describe(long milliseconds) => milliseconds.ToString(CultureInfo.InvariantCulture) + " ms";
}
