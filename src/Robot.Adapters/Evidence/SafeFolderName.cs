using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Robot.Adapters.Evidence;

/// <summary>
/// A connection's name as a folder or file name: letters, digits and marks of any script are kept ("Ünïcödé-サポート-支持"),
/// every run of other characters (spaces, path separators, control characters, punctuation) becomes one dash. Whenever
/// that loses something (any character other than a letter, digit, mark or single space; a cut to the length bound; a
/// name Windows reserves), eight hex digits of a hash of the whole name are appended, so two names never share a folder:
/// names kept as they are contain no dash of their own, so they cannot meet a mapped one either.
/// </summary>
public static class SafeFolderName
{
    /// <summary>Bytes of UTF-8 kept before the hash; file systems allow 255 per name.</summary>
    public const int MaxBytes = 120;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string Of(string name)
    {
        var safe = new StringBuilder();
        var lossy = !name.IsNormalized(NormalizationForm.FormC);
        var previousSpace = true;
        foreach (var rune in name.EnumerateRunes())
        {
            if (Kept(rune))
            {
                safe.Append(rune.ToString());
                previousSpace = false;
                continue;
            }
            // A single space between kept characters is the one thing mapped without loss (it becomes the dash).
            if (rune.Value != ' ' || previousSpace) lossy = true;
            previousSpace = rune.Value == ' ';
            if (safe.Length > 0 && safe[^1] != '-') safe.Append('-');
        }
        if (safe.Length > 0 && safe[^1] == '-')
        {
            safe.Length--;
            lossy = true;
        }
        var text = Cut(safe.ToString(), ref lossy);
        if (text.Length == 0 || Reserved.Contains(text)) lossy = true;
        if (!lossy) return text;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return text.Length == 0 ? "connection-" + hash : text + "-" + hash;
    }

    private static bool Kept(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    /// <summary>At most <see cref="MaxBytes"/> bytes of UTF-8, cut between whole characters.</summary>
    private static string Cut(string text, ref bool lossy)
    {
        if (Encoding.UTF8.GetByteCount(text) <= MaxBytes) return text;
        lossy = true;
        var cut = new StringBuilder();
        var bytes = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            bytes += rune.Utf8SequenceLength;
            if (bytes > MaxBytes) break;
            cut.Append(rune.ToString());
        }
        return cut.ToString().TrimEnd('-');
    }
}
