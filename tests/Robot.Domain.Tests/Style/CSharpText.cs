using System.Text;

namespace Robot.Domain.Tests.Style;

/// <summary>
/// C# source with the insides of comments, strings and character literals blanked (newlines kept), so that braces,
/// parentheses and semicolons left are code. Knows verbatim, interpolated (holes are code again) and raw strings.
/// </summary>
internal sealed class CSharpText
{
    private readonly string source;
    private readonly StringBuilder code = new();
    private int at;

    private CSharpText(string source) => this.source = source;

    public static string CodeOnly(string source)
    {
        var text = new CSharpText(source);
        text.Code(inHole: false);
        return text.code.ToString();
    }

    private bool Next(string what) => string.CompareOrdinal(source, at, what, 0, what.Length) == 0;

    private void Blank(int count)
    {
        for (var i = 0; i < count && at < source.Length; i++, at++) code.Append(source[at] == '\n' ? '\n' : ' ');
    }

    /// <summary>Code up to the end (or, in an interpolation hole, up to the brace that closes it).</summary>
    private void Code(bool inHole)
    {
        var depth = 0;
        while (at < source.Length)
        {
            var c = source[at];
            if (Next("//")) { while (at < source.Length && source[at] != '\n') Blank(1); continue; }
            if (Next("/*")) { var end = source.IndexOf("*/", at + 2, StringComparison.Ordinal); Blank((end < 0 ? source.Length : end + 2) - at); continue; }
            if (c == '\'') { CharLiteral(); continue; }
            if (c is '"' or '@' or '$' && StringStart() is { } start) { String(start); continue; }
            if (inHole && c == '{') depth++;
            if (inHole && c == '}' && depth-- == 0) return;
            code.Append(c);
            at++;
        }
    }

    private void CharLiteral()
    {
        Blank(1);
        while (at < source.Length && source[at] != '\'') Blank(source[at] == '\\' ? 2 : 1);
        Blank(1);
    }

    private sealed record Start(int Length, int Dollars, bool Verbatim, int Quotes);

    /// <summary>The opening of a string literal at this point ($, @, then one or three-plus quotes), or null.</summary>
    private Start? StringStart()
    {
        var i = at;
        var dollars = 0;
        var verbatim = false;
        while (i < source.Length && (source[i] == '$' || source[i] == '@'))
        {
            if (source[i] == '$') dollars++; else verbatim = true;
            i++;
        }
        var quotes = 0;
        while (i + quotes < source.Length && source[i + quotes] == '"') quotes++;
        if (quotes == 0) return null;
        // "" is an empty string, not the start of a raw one.
        if (quotes == 2) quotes = 1;
        return new Start(i - at + quotes, dollars, verbatim, quotes >= 3 ? quotes : 1);
    }

    private void String(Start start)
    {
        Blank(start.Length);
        var raw = start.Quotes >= 3;
        var close = new string('"', start.Quotes);
        var hole = new string('{', Math.Max(1, start.Dollars));
        while (at < source.Length)
        {
            if (raw ? Next(close) : source[at] == '"')
            {
                if (!raw && start.Verbatim && Next("\"\"")) { Blank(2); continue; }
                Blank(close.Length);
                return;
            }
            if (!raw && !start.Verbatim && source[at] == '\\') { Blank(2); continue; }
            if (start.Dollars > 0 && Next(hole))
            {
                if (start.Dollars == 1 && Next("{{")) { Blank(2); continue; }
                Blank(hole.Length);
                Code(inHole: true);
                Blank(1);
                continue;
            }
            Blank(1);
        }
    }
}
