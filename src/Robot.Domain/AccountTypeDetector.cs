using System.Text.RegularExpressions;

namespace Robot.Domain;

/// <summary>Tells GMail from Microsoft365 by the words in a credential name, a host or a provider name.</summary>
public static partial class AccountTypeDetector
{
    // Long words may appear inside other words ("googlemail", "Microsoft365"); short ones only as whole
    // tokens, so that e.g. "delivery" is not read as "live".
    private static readonly string[] GMailWords = ["gmail", "google", "gsuite"];
    private static readonly string[] MicrosoftWords = ["microsoft", "office365", "outlook", "hotmail"];
    private static readonly string[] MicrosoftTokens = ["365", "o365", "m365", "live", "msft"];

    public static OAuthAccountType? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var lower = text.ToLowerInvariant();
        var tokens = Separators().Split(lower);
        var gmail = GMailWords.Any(lower.Contains);
        var microsoft = MicrosoftWords.Any(lower.Contains) || tokens.Any(MicrosoftTokens.Contains);
        return (gmail, microsoft) switch
        {
            (true, false) => OAuthAccountType.GMail,
            (false, true) => OAuthAccountType.Microsoft365,
            _ => null,
        };
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex Separators();
}
