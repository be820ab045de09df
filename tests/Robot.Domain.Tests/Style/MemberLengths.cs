using System.Text.RegularExpressions;

namespace Robot.Domain.Tests.Style;

/// <summary>A member of a C# file and how many lines it takes, from its declaration to the end of its body.</summary>
internal sealed record MemberLength(string File, int Line, int Lines, string Declaration)
{
    public override string ToString() => $"{File}:{Line} ({Lines} lines) {Declaration}";
}

/// <summary>
/// Finds the methods, constructors, local functions and expression-bodied properties of C# source (not types) and
/// measures each: a block body to its closing brace, an expression body (lambdas inside it included) to its semicolon.
/// </summary>
internal static partial class MemberLengths
{
    public static IReadOnlyList<MemberLength> Of(string file, string source)
    {
        var lines = CSharpText.CodeOnly(source).Split('\n');
        var found = new List<MemberLength>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsDeclaration(lines[i])) continue;
            if (End(lines, i) is { } end) found.Add(new MemberLength(file, i + 1, end - i + 1, lines[i].Trim()));
        }
        return found;
    }

    private static bool IsDeclaration(string line)
    {
        var method = MethodDeclaration().Match(line);
        if (!method.Success && !PropertyDeclaration().IsMatch(line)) return false;
        if (Statement().IsMatch(line)) return false;
        var head = method.Success ? method.Value : line;
        return !TypeKeyword().IsMatch(head);
    }

    /// <summary>The line where the member that starts on <paramref name="start"/> ends; null if it never does (a declaration without body).</summary>
    private static int? End(string[] lines, int start)
    {
        int braces = 0, parens = 0;
        var inBody = false;
        for (var i = start; i < lines.Length; i++)
        {
            foreach (var c in lines[i])
            {
                switch (c)
                {
                    case '(': parens++; break;
                    case ')': parens--; break;
                    case '{': braces++; inBody = true; break;
                    case '}':
                        braces--;
                        if (inBody && braces == 0 && parens == 0) return i;
                        break;
                    case ';' when braces == 0 && parens == 0: return i;
                }
            }
        }
        return null;
    }

    // modifiers, a return type, a name, optional type parameters, "(".
    [GeneratedRegex(@"^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|private|internal|protected|static|async|override|virtual|sealed|abstract|extern|unsafe|new|partial|readonly|file)\s+)*[\w<>\[\]?,. ()]+?\s+@?\w+\s*(?:<[^>]*>)?\s*\(")]
    private static partial Regex MethodDeclaration();

    // a property with an expression body: modifiers, a type, a name, "=>".
    [GeneratedRegex(@"^\s*(?:(?:public|private|internal|protected|static|override|virtual|sealed|abstract|new|readonly)\s+)+[\w<>\[\]?,. ()]+?\s+\w+\s*=>")]
    private static partial Regex PropertyDeclaration();

    [GeneratedRegex(@"^\s*(?:if|for|foreach|while|switch|using|lock|return|await|var|catch|else|throw|new|yield|case|when|fixed|do|try|finally|checked|unchecked|goto|break|continue|from|select|where|let|join|orderby|group|into|on|equals|by|ascending|descending|not|and|or|is|as|in|out|ref)\b")]
    private static partial Regex Statement();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum|namespace)\b")]
    private static partial Regex TypeKeyword();
}
