using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Robot.Sandbox.Sites.Shared;

namespace Robot.Sandbox.Sites.Cloud;

/// <summary>
/// Fills an embedded HTML template: <c>{{key}}</c> is replaced by the HTML-encoded value,
/// <c>{{!key}}</c> by the raw value (only for markup the sandbox itself builds, like a <c>hidden</c> attribute).
/// </summary>
internal static partial class HtmlTemplate
{
    public static IResult Render(string asset, IReadOnlyDictionary<string, string> values, int statusCode = StatusCodes.Status200OK)
    {
        var text = Placeholder().Replace(EmbeddedAssets.ReadText(asset), match =>
        {
            var raw = match.Groups["raw"].Success;
            var key = match.Groups["key"].Value;
            if (!values.TryGetValue(key, out var value)) throw new KeyNotFoundException($"{asset}: no value for {{{{{key}}}}}");
            return raw ? value : WebUtility.HtmlEncode(value);
        });
        return Results.Text(text, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    [GeneratedRegex(@"\{\{(?<raw>!)?(?<key>[A-Za-z][A-Za-z0-9]*)\}\}")]
    private static partial Regex Placeholder();
}
