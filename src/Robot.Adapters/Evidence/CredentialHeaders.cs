using System.Text;
using System.Text.RegularExpressions;

namespace Robot.Adapters.Evidence;

/// <summary>
/// A trace records every request's and response's headers as {"name": …, "value": …} pairs. Cookie, Set-Cookie and
/// Authorization carry the session itself (a saved session's cookies, or the ones a password login earned), so their
/// values are masked whatever they are, known to the robot or not. So is every value in a "cookies" list: the parsed
/// cookies of each request and response in trace.network, and the storage state a context was made from (the trace's
/// context-options event), through which a login shared between pages hands its cookies on.
/// </summary>
public static partial class CredentialHeaders
{
    /// <summary><paramref name="bytes"/> with every credential header's value masked; the count of values masked.</summary>
    public static (byte[] Bytes, int Count) Mask(byte[] bytes, string entryName)
    {
        if (!IsText(entryName)) return (bytes, 0);
        var text = Encoding.UTF8.GetString(bytes);
        var count = 0;
        string Masked(Match match)
        {
            count++;
            return match.Groups["head"].Value + TraceMasker.Mask;
        }
        string MaskedList(Match list) => CookieValue().Replace(list.Value, Masked);
        var masked = CookieList().Replace(HeaderPair().Replace(text, Masked), MaskedList);
        return count == 0 ? (bytes, 0) : (Encoding.UTF8.GetBytes(masked), count);
    }

    /// <summary>Trace events and network logs are JSON lines; pictures and fonts are left to the value masking.</summary>
    private static bool IsText(string entryName) =>
        entryName.EndsWith(".trace", StringComparison.OrdinalIgnoreCase)
        || entryName.EndsWith(".network", StringComparison.OrdinalIgnoreCase)
        || entryName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || entryName.EndsWith(".stacks", StringComparison.OrdinalIgnoreCase);

    // The pair as JSON spells it (name before value, as Playwright writes it), with any escapes inside the value.
    [GeneratedRegex("""(?<head>"name"\s*:\s*"(?:cookie|set-cookie|authorization|proxy-authorization)"\s*,\s*"value"\s*:\s*")(?:[^"\\]|\\.)*(?=")""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPair();

    // A "cookies" list as JSON spells it: objects of strings, numbers and booleans, no list inside.
    [GeneratedRegex(@"""cookies""\s*:\s*\[(?:[^\[\]""]|""(?:[^""\\]|\\.)*"")*\]", RegexOptions.CultureInvariant)]
    private static partial Regex CookieList();

    [GeneratedRegex("""(?<head>"value"\s*:\s*")(?:[^"\\]|\\.)*(?=")""", RegexOptions.CultureInvariant)]
    private static partial Regex CookieValue();
}
