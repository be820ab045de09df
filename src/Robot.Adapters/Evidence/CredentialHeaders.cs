using System.Text;
using System.Text.RegularExpressions;

namespace Robot.Adapters.Evidence;

/// <summary>
/// A trace records every request's and response's headers as {"name": …, "value": …} pairs. Cookie, Set-Cookie and
/// Authorization carry the session itself (a saved session's cookies, or the ones a password login earned), so their
/// values are masked whatever they are, known to the robot or not.
/// </summary>
public static partial class CredentialHeaders
{
    /// <summary><paramref name="bytes"/> with every credential header's value masked; the count of values masked.</summary>
    public static (byte[] Bytes, int Count) Mask(byte[] bytes, string entryName)
    {
        if (!IsText(entryName)) return (bytes, 0);
        var text = Encoding.UTF8.GetString(bytes);
        var count = 0;
        var masked = HeaderPair().Replace(text, match =>
        {
            count++;
            return match.Groups["head"].Value + TraceMasker.Mask;
        });
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
}
