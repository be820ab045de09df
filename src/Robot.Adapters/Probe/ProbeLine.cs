namespace Robot.Adapters.Probe;

/// <summary>What the probe found for one selector key, worst last (a worse result found later replaces a better one).</summary>
public enum KeyResult
{
    NotReached,
    Found,
    Ambiguous,
    NotFound,
}

public static class KeyResultWords
{
    public static string ToWire(this KeyResult result) => result switch
    {
        KeyResult.Found => "found",
        KeyResult.Ambiguous => "ambiguous",
        KeyResult.NotFound => "not found",
        _ => "not reached",
    };
}

/// <summary>One line of probe.csv and of the probe's table: a selector key of one site and what became of it.</summary>
/// <param name="Screenshot">The page as it was when the key was wrong (not found or ambiguous); empty otherwise.</param>
/// <param name="Note">Why: how many elements it matched, what it depends on, or which earlier step failed.</param>
public sealed record ProbeLine(string Site, string File, string Key, string Selector, KeyResult Result, string Screenshot, string Note);

/// <summary>A value map of the settings that does not cover what a site offers (or offers nothing the map names).</summary>
/// <param name="Map">The settings key, e.g. ValueMaps:Encryption.</param>
public sealed record ValueMapGap(string Site, string Map, string Value, string Note);
