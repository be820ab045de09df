using System.Text;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// The ways a secret may be spelled in a file, written here without the robot's own maskers or encoders, so a scan
/// does not share their blind spots. Texts are decoded (CSV quotes, JSON escapes, HTML entities, URL/form encoding,
/// up to two layers deep) and searched for the raw secret; base64 and UTF-16 spellings are searched as bytes.
/// </summary>
public static class SecretSpellings
{
    /// <summary>The text and every decoding of it, one and two layers deep (JSON inside JSON, CSV of HTML, …).</summary>
    public static IEnumerable<(string Layers, string Text)> Decodings(string text)
    {
        yield return ("raw", text);
        foreach (var (outerName, outer) in Decoders)
        {
            if (outer(text) is not { } once) continue;
            yield return (outerName, once);
            foreach (var (innerName, inner) in Decoders)
                if (inner(once) is { } twice) yield return ($"{outerName}+{innerName}", twice);
        }
    }

    /// <summary>Byte spellings of a secret: base64 (standard and URL-safe, at each of the three alignments) and UTF-16 (LE, BE).</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> ByteSpellings(string secret)
    {
        var utf8 = Encoding.UTF8.GetBytes(secret);
        yield return ("utf-8", utf8);
        yield return ("utf-16le", Encoding.Unicode.GetBytes(secret));
        yield return ("utf-16be", Encoding.BigEndianUnicode.GetBytes(secret));
        for (var offset = 0; offset < 3; offset++)
        {
            var core = Base64Core(utf8, offset);
            if (core.Length < 4) continue;
            yield return ($"base64@{offset}", Encoding.ASCII.GetBytes(core));
            var urlSafe = core.Replace('+', '-').Replace('/', '_');
            if (urlSafe != core) yield return ($"base64url@{offset}", Encoding.ASCII.GetBytes(urlSafe));
        }
    }

    /// <summary>
    /// The base64 characters that depend on the secret's bytes only, when it starts <paramref name="offset"/> bytes into
    /// a 3-byte group: characters covering bits of a neighbour are left out, so the core matches whatever surrounds it.
    /// </summary>
    public static string Base64Core(byte[] secret, int offset)
    {
        var padded = new byte[offset + secret.Length];
        secret.CopyTo(padded, offset);
        var all = Convert.ToBase64String(padded);
        var first = (8 * offset + 5) / 6;
        var end = 8 * padded.Length / 6;
        return end > first ? all[first..end] : "";
    }

    private static readonly (string Name, Func<string, string?> Decode)[] Decoders =
    [
        ("csv", CsvUnquote),
        ("json", JsonUnescape),
        ("html", HtmlDecode),
        ("url", UrlDecode),
    ];

    /// <summary>RFC 4180 doubles a quote inside a quoted field.</summary>
    public static string? CsvUnquote(string text) => text.Contains("\"\"", StringComparison.Ordinal) ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : null;

    /// <summary>JSON string escapes: \" \\ \/ \b \f \n \r \t \uXXXX.</summary>
    public static string? JsonUnescape(string text)
    {
        if (!text.Contains('\\')) return null;
        var decoded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length) { decoded.Append(text[i]); continue; }
            var next = text[++i];
            switch (next)
            {
                case 'b': decoded.Append('\b'); break;
                case 'f': decoded.Append('\f'); break;
                case 'n': decoded.Append('\n'); break;
                case 'r': decoded.Append('\r'); break;
                case 't': decoded.Append('\t'); break;
                case 'u' when i + 4 < text.Length && IsHex(text.AsSpan(i + 1, 4)):
                    decoded.Append((char)Convert.ToInt32(text.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: decoded.Append(next); break;
            }
        }
        return decoded.ToString();
    }

    /// <summary>Named (&amp;quot; &amp;amp; &amp;lt; &amp;gt; &amp;apos;) and numeric (&amp;#34; &amp;#x22;) character references.</summary>
    public static string? HtmlDecode(string text)
    {
        if (!text.Contains('&')) return null;
        var decoded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var semicolon = text[i] == '&' ? text.IndexOf(';', i + 1, Math.Min(10, text.Length - i - 1)) : -1;
            if (semicolon < 0 || Entity(text[(i + 1)..semicolon]) is not { } character) { decoded.Append(text[i]); continue; }
            decoded.Append(character);
            i = semicolon;
        }
        return decoded.ToString();
    }

    /// <summary>Percent-encoding (%22, either case) and the form's '+' for a space.</summary>
    public static string? UrlDecode(string text)
    {
        if (!text.Contains('%') && !text.Contains('+')) return null;
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && IsHex(text.AsSpan(i + 1, 2)))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (text[i] == '+') bytes.Add((byte)' ');
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string? Entity(string name) => name switch
    {
        "quot" => "\"",
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "apos" => "'",
        "nbsp" => "\u00a0",
        _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase) && name.Length > 2 && IsHex(name.AsSpan(2))
            && name.Length <= 8 => CodePoint(Convert.ToInt32(name[2..], 16)),
        _ when name.StartsWith('#') && name.Length is > 1 and < 9 && name[1..].All(char.IsAsciiDigit)
            => CodePoint(int.Parse(name[1..], System.Globalization.CultureInfo.InvariantCulture)),
        _ => null,
    };

    private static string? CodePoint(int value) =>
        value is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(value) : null;

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (!char.IsAsciiHexDigit(c)) return false;
        return true;
    }
}
