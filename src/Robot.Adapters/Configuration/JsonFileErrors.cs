using System.Text.Json;

namespace Robot.Adapters.Configuration;

/// <summary>Turns a JSON parse failure into "line L, column C: what" for people editing the file.</summary>
internal static class JsonFileErrors
{
    public static string Describe(Exception error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is JsonException json)
            {
                var where = json.LineNumber is { } line
                    ? $"line {line + 1}, column {(json.BytePositionInLine ?? 0) + 1}"
                    : "somewhere";
                return $"malformed JSON at {where}: {FirstSentence(json.Message)}";
            }
        }
        return $"malformed JSON: {FirstSentence(error.Message)}";
    }

    public static void RequireFile(string path)
    {
        if (!System.IO.File.Exists(path)) throw new ConfigurationException(path, null, "file not found");
    }

    public static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Trim();
    }
}
