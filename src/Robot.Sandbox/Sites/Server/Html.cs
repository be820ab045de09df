using System.Text;

namespace Robot.Sandbox.Sites.Server;

/// <summary>HTML encoding for every value that reaches a page: names may hold quotes, tags, emoji, RTL text and newlines.</summary>
internal static class Html
{
    /// <summary>Safe in text and in double-quoted attribute values.</summary>
    public static string E(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(value.Length + 16);
        foreach (var ch in value)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>A value for a URL query string, already HTML-encoded for an href attribute.</summary>
    public static string Q(string value) => E(Uri.EscapeDataString(value));

    public static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
}
