using System.Text.RegularExpressions;

namespace Robot.Cli;

/// <summary>The parser's refusals in a user's words: "--workers takes a whole number, not 'many'", never a .NET type name.</summary>
public static partial class ParseErrorWords
{
    public static string Readable(string message)
    {
        var match = CannotParse().Match(message);
        if (match.Success)
            return $"{match.Groups["option"].Value} takes {Kind(match.Groups["type"].Value)}, not '{match.Groups["value"].Value}'";
        return TypeName().Replace(message, type => Kind(type.Value));
    }

    private static string Kind(string type) => Unwrapped(type) switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" => "a whole number",
        "System.Boolean" => "true or false",
        "System.Double" or "System.Decimal" or "System.Single" => "a number",
        "System.TimeSpan" => "a duration",
        "System.Uri" => "a URL",
        _ => "a value of another kind",
    };

    private static string Unwrapped(string type) => NullableOf().Match(type) is { Success: true } inner ? inner.Groups[1].Value : type;

    [GeneratedRegex(@"Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.?")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"System\.Nullable`1\[([\w.]+)\]")]
    private static partial Regex NullableOf();

    [GeneratedRegex(@"System\.(Nullable`1\[[\w.]+\]|Int32|Int64|Int16|Boolean|Double|Decimal|Single|TimeSpan|Uri)\b")]
    private static partial Regex TypeName();
}
