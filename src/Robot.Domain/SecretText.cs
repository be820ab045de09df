namespace Robot.Domain;

/// <summary>Keeps secrets out of any text the robot prints or records.</summary>
public static class SecretText
{
    public const string Mask = "***";

    public static string MaskOf(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : Mask;

    public static string MaskOf(Secret? secret) => secret is null ? "(none)" : Mask;

    /// <summary>What a record shows for a secret field: the mask when there is a secret, blank when there is none.</summary>
    public static string Shown(Secret? secret) => secret is null ? "" : Mask;

    /// <summary>Replaces every occurrence of each secret's value in <paramref name="text"/> with ***.</summary>
    public static string Scrub(string? text, IEnumerable<Secret?> secrets) => Scrub(text, secrets.Select(secret => secret?.Reveal()));

    /// <summary>Replaces every occurrence of each non-empty secret in <paramref name="text"/> with ***.</summary>
    public static string Scrub(string? text, IEnumerable<string?> secrets)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        // Longest first, so a secret that contains a shorter one is masked whole.
        foreach (var secret in secrets.Where(s => !string.IsNullOrEmpty(s)).Distinct().OrderByDescending(s => s!.Length))
            text = text.Replace(secret!, Mask, StringComparison.Ordinal);
        return text;
    }
}
