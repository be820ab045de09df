using System.Reflection;
using System.Text.Json;
using Robot.Sandbox.Mail;

namespace Robot.Sandbox.Seed;

/// <summary>Reads and checks a seed file, then fills in the running mail server's address and ports.</summary>
public static class SeedLoader
{
    public const string DefaultSeedName = "(built-in default seed)";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new StringOrNumberConverter() },
    };

    public static string ReadText(string? path)
    {
        if (path is null)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Robot.Sandbox.Seed.default-seed.json")
                ?? throw new SeedException("the built-in default seed is missing from the assembly");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        if (!File.Exists(path)) throw new SeedException($"seed file {path}: file not found");
        return File.ReadAllText(path);
    }

    /// <summary>Parses and validates without the mail tokens filled in, so a bad seed is refused before anything starts.</summary>
    public static SeedFile Parse(string text, string source)
    {
        SeedFile? seed;
        try
        {
            seed = JsonSerializer.Deserialize<SeedFile>(text, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new SeedException($"seed file {source}: invalid JSON at line {e.LineNumber + 1}: {e.Message}");
        }
        if (seed is null) throw new SeedException($"seed file {source}: the file holds no object");
        SeedValidator.Validate(seed, source);
        return seed;
    }

    public static SeedFile Load(string text, string source, MailEndpoints mail)
    {
        Parse(text, source);
        return Parse(ReplaceTokens(text, mail), source);
    }

    public static string ReplaceTokens(string text, MailEndpoints mail) => text
        .Replace("{{mail.host}}", mail.Host, StringComparison.Ordinal)
        .Replace("{{mail.imap}}", mail.Imap.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{{mail.imaps}}", mail.Imaps.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{{mail.pop3}}", mail.Pop3.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{{mail.pop3s}}", mail.Pop3s.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{{mail.smtp}}", mail.Smtp.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
