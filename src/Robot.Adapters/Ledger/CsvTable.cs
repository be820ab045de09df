using CsvHelper;

namespace Robot.Adapters.Ledger;

/// <summary>
/// Opens one of the robot's own CSV files for reading without trusting it: a missing, empty or BOM-only file has no
/// rows; a file whose header is none of the accepted ones is refused with one sentence naming the file, its columns
/// and what to do, so that a run never writes over a file that is not its own.
/// </summary>
internal static class CsvTable
{
    public const string WhatToDo = "move it aside or choose another output folder (--output)";

    /// <summary>The file's text (read while a worker may be appending to it), or null when it has nothing to read.</summary>
    public static string? ReadText(string path)
    {
        if (!File.Exists(path)) return null;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file, CsvFormat.Encoding);
        var text = reader.ReadToEnd();
        return string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')) ? null : text;
    }

    /// <summary>A reader positioned after the header, and that header, which is one of <paramref name="accepted"/> (the current columns first).</summary>
    /// <param name="what">What the file is, as a person says it: "a results file", "a credentials file".</param>
    /// <exception cref="InvalidDataException">The header is none of <paramref name="accepted"/>.</exception>
    public static (CsvReader Reader, string[] Header) Open(string path, string text, string what, params string[][] accepted)
    {
        var csv = new CsvReader(new StringReader(text), CsvFormat.Configuration);
        var header = csv.Read() && csv.ReadHeader() ? csv.HeaderRecord ?? [] : [];
        if (accepted.Any(header.SequenceEqual)) return (csv, header);
        csv.Dispose();
        throw new InvalidDataException(
            $"{path} is not {what} this robot can read (its columns are [{Shorten(string.Join(",", header))}], " +
            $"{what}'s start with {string.Join(",", accepted[0].Take(3))}): {WhatToDo}");
    }

    public static string Shorten(string text) => text.Length > 120 ? text[..120] + "…" : text;
}
