namespace Robot.Domain;

/// <summary>Keeps secrets out of any text the robot prints or records.</summary>
public static class SecretText
{
    public const string Mask = "***";

    public static string MaskOf(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : Mask;

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
