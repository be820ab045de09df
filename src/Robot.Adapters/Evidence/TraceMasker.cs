using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Robot.Adapters.Evidence;

/// <summary>
/// Rewrites a Playwright trace archive so that no known secret is left in any entry. A trace holds a password in
/// several spellings: as typed (fill parameters, request bodies kept as resources), JSON-escaped (DOM snapshots keep
/// input values as JSON strings; the app's Save/Test POST body is JSON), JSON-escaped twice (that body inlined in
/// trace.network), \u-escaped, URL- and form-encoded, HTML-encoded. Every spelling is replaced by
/// <see cref="Mask"/> in every entry, binary ones included: a broken picture is better than a leaked password.
/// Cookie, Set-Cookie and Authorization header values are masked whatever they hold (<see cref="CredentialHeaders"/>).
/// </summary>
public static class TraceMasker
{
    public const string Mask = "********";

    private static readonly byte[] MaskBytes = Encoding.UTF8.GetBytes(Mask);

    /// <summary>Masks <paramref name="secrets"/> in every entry of the zip at <paramref name="archive"/>, in place; returns how many were replaced.</summary>
    public static int MaskArchive(string archive, IEnumerable<string?> secrets)
    {
        var forms = Spellings(secrets);
        var replaced = 0;
        var temporary = archive + ".masking";
        using (var source = ZipFile.OpenRead(archive))
        using (var target = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                byte[] bytes;
                using (var input = entry.Open())
                using (var buffer = new MemoryStream())
                {
                    input.CopyTo(buffer);
                    bytes = buffer.ToArray();
                }
                var (headersMasked, headers) = CredentialHeaders.Mask(bytes, entry.FullName);
                var (masked, count) = Replace(headersMasked, forms);
                replaced += headers + count;
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                copy.LastWriteTime = entry.LastWriteTime;
                using var output = copy.Open();
                output.Write(masked);
            }
        }
        File.Move(temporary, archive, overwrite: true);
        return replaced;
    }

    /// <summary>Every spelling of each secret a trace may hold, longest first (so a longer spelling is never half-masked by a shorter one).</summary>
    public static IReadOnlyList<byte[]> Spellings(IEnumerable<string?> secrets)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var secret in secrets)
        {
            if (string.IsNullOrEmpty(secret)) continue;
            var json = JsonEscaped(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            forms.Add(secret);
            forms.Add(json);
            forms.Add(JsonEscaped(json, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
            forms.Add(JsonEscaped(secret, JavaScriptEncoder.Default));
            forms.Add(JsScriptEscaped(secret));
            forms.Add(JsScriptEscaped(JsScriptEscaped(secret)));
            forms.Add(Uri.EscapeDataString(secret));
            forms.Add(LowerHex(Uri.EscapeDataString(secret)));
            forms.Add(WebUtility.UrlEncode(secret));
            forms.Add(WebUtility.HtmlEncode(secret));
        }
        return forms.Where(f => f.Length > 0)
            .OrderByDescending(f => f.Length)
            .Select(f => Encoding.UTF8.GetBytes(f))
            .ToList();
    }

    /// <summary>Replaces every occurrence of each form in <paramref name="bytes"/>; the count is how many were found.</summary>
    public static (byte[] Bytes, int Count) Replace(byte[] bytes, IReadOnlyList<byte[]> forms)
    {
        var count = 0;
        foreach (var form in forms)
        {
            if (bytes.AsSpan().IndexOf(form) < 0) continue;
            var output = new MemoryStream(bytes.Length);
            var rest = bytes.AsSpan();
            int at;
            while ((at = rest.IndexOf(form)) >= 0)
            {
                output.Write(rest[..at]);
                output.Write(MaskBytes);
                rest = rest[(at + form.Length)..];
                count++;
            }
            output.Write(rest);
            bytes = output.ToArray();
        }
        return (bytes, count);
    }

    private static string JsonEscaped(string text, JavaScriptEncoder encoder)
    {
        var quoted = JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = encoder });
        return quoted[1..^1];
    }

    /// <summary>JSON.stringify's spelling: only quote, backslash and control characters are escaped, in lower-case hex.</summary>
    private static string JsScriptEscaped(string text)
    {
        var built = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            built.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return built.ToString();
    }

    private static string LowerHex(string escaped)
    {
        var built = new StringBuilder(escaped);
        for (var i = 0; i + 2 < built.Length; i++)
        {
            if (built[i] != '%') continue;
            built[i + 1] = char.ToLowerInvariant(built[i + 1]);
            built[i + 2] = char.ToLowerInvariant(built[i + 2]);
        }
        return built.ToString();
    }
}
