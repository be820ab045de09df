using System.Text.RegularExpressions;

namespace Robot.Domain;

/// <summary>Case-insensitive name patterns where * matches any run of characters and ? exactly one.</summary>
public static class NameGlob
{
    public static bool IsMatch(string pattern, string name)
    {
        var regex = "^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$";
        return Regex.IsMatch(name, regex, RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    /// <summary>True when <paramref name="patterns"/> is empty (no filter) or any of them matches.</summary>
    public static bool MatchesAny(IReadOnlyCollection<string> patterns, string name) =>
        patterns.Count == 0 || patterns.Any(pattern => IsMatch(pattern, name));
}
