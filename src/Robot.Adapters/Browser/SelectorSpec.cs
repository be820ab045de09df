using Microsoft.Playwright;

namespace Robot.Adapters.Browser;

public enum SelectorKind
{
    Role,
    Label,
    Text,
    Placeholder,
    Css,
}

/// <summary>
/// One entry of selectors/*.json, parsed: <c>role:ROLE[:NAME]</c>, <c>label:TEXT</c>, <c>text:TEXT</c>,
/// <c>placeholder:TEXT</c> or <c>css:SELECTOR</c>; a <c>~</c> after the kind asks for a substring match.
/// <c>{name}</c>-style placeholders stay in <see cref="Value"/> until <see cref="With"/> fills them.
/// </summary>
public sealed record SelectorSpec(SelectorKind Kind, bool Substring, string Value, AriaRole? Role = null)
{
    private static readonly Dictionary<string, SelectorKind> Kinds = new(StringComparer.Ordinal)
    {
        ["role"] = SelectorKind.Role,
        ["label"] = SelectorKind.Label,
        ["text"] = SelectorKind.Text,
        ["placeholder"] = SelectorKind.Placeholder,
        ["css"] = SelectorKind.Css,
    };

    /// <summary>Parses a spec; the error says what is wrong with it (the caller adds the file and key).</summary>
    public static bool TryParse(string? text, out SelectorSpec? spec, out string error)
    {
        spec = null;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is empty";
            return false;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            error = $"'{text}' has no kind: expected role:, label:, text:, placeholder: or css: (with ~ after the kind for a substring match)";
            return false;
        }
        var kindText = text[..colon];
        var substring = kindText.EndsWith('~');
        if (substring) kindText = kindText[..^1];
        if (!Kinds.TryGetValue(kindText, out var kind))
        {
            error = $"'{text}' has the unknown kind '{kindText}': expected role, label, text, placeholder or css";
            return false;
        }
        var rest = text[(colon + 1)..];
        if (kind == SelectorKind.Css && substring)
        {
            error = $"'{text}': css selectors have no substring form";
            return false;
        }
        if (kind == SelectorKind.Role)
        {
            var nameColon = rest.IndexOf(':', StringComparison.Ordinal);
            var roleText = nameColon < 0 ? rest : rest[..nameColon];
            var name = nameColon < 0 ? "" : rest[(nameColon + 1)..];
            if (!TryRole(roleText, out var role))
            {
                error = $"'{text}' names the unknown ARIA role '{roleText}'";
                return false;
            }
            if (substring && name.Length == 0)
            {
                error = $"'{text}': role~ needs a name to match part of";
                return false;
            }
            spec = new SelectorSpec(kind, substring, name, role);
            return true;
        }
        if (rest.Trim().Length == 0)
        {
            error = $"'{text}' has nothing after '{kindText}{(substring ? "~" : "")}:'";
            return false;
        }
        spec = new SelectorSpec(kind, substring, rest);
        return true;
    }

    public static SelectorSpec Parse(string text) =>
        TryParse(text, out var spec, out var error) ? spec! : throw new FormatException($"selector {error}");

    private static bool TryRole(string text, out AriaRole role)
    {
        role = default;
        if (text.Length == 0 || !text.All(char.IsAsciiLetter)) return false;
        return Enum.TryParse(text, ignoreCase: true, out role) && Enum.IsDefined(role);
    }

    /// <summary>The placeholders (<c>{name}</c>) this spec contains.</summary>
    public IReadOnlyList<string> Placeholders
    {
        get
        {
            var found = new List<string>();
            var at = 0;
            while ((at = Value.IndexOf('{', at)) >= 0)
            {
                var end = Value.IndexOf('}', at + 1);
                if (end < 0) break;
                found.Add(Value[(at + 1)..end]);
                at = end + 1;
            }
            return found;
        }
    }

    /// <summary>This spec with <c>{key}</c> replaced by each value. CSS values are quoted for a CSS string.</summary>
    public SelectorSpec With(IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0 || !Value.Contains('{', StringComparison.Ordinal)) return this;
        var value = Value;
        foreach (var (key, raw) in values)
            value = value.Replace("{" + key + "}", Kind == SelectorKind.Css ? CssEscape(raw) : raw, StringComparison.Ordinal);
        return this with { Value = value };
    }

    private static string CssEscape(string raw) => raw.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)
        .Replace("\n", "\\a ", StringComparison.Ordinal);

    /// <summary>
    /// Whether a text read from the page is the one this spec names, the way Playwright compares text:
    /// whitespace runs count as one blank; exact specs match the whole text, ~ specs a part of it in any case.
    /// </summary>
    public bool MatchesText(string? text)
    {
        var wanted = Normalize(Value);
        var actual = Normalize(text ?? "");
        return Substring
            ? actual.Contains(wanted, StringComparison.OrdinalIgnoreCase)
            : string.Equals(actual, wanted, StringComparison.Ordinal);
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public override string ToString() => Kind switch
    {
        SelectorKind.Role => $"role{(Substring ? "~" : "")}:{Role!.Value.ToString().ToLowerInvariant()}{(Value.Length > 0 ? ":" + Value : "")}",
        _ => $"{Kind.ToString().ToLowerInvariant()}{(Substring ? "~" : "")}:{Value}",
    };
}
