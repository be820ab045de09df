using System.Text.Json;

namespace Robot.Adapters.Configuration;

/// <summary>
/// The selectors of one site (selectors/server.json or selectors/cloud.json) as a flat map: nested objects
/// become dotted keys ("login.username"). Keys starting with $ are notes and are left out.
/// </summary>
public sealed class SelectorCatalog
{
    public const string ServerFileName = "server.json";
    public const string CloudFileName = "cloud.json";

    private readonly Dictionary<string, string> entries;

    private SelectorCatalog(string filePath, Dictionary<string, string> entries)
    {
        FilePath = filePath;
        this.entries = entries;
    }

    public string FilePath { get; }

    public IReadOnlyDictionary<string, string> Entries => entries;

    public static SelectorCatalog LoadServer(string selectorsFolder) => Load(Path.Combine(selectorsFolder, ServerFileName));

    public static SelectorCatalog LoadCloud(string selectorsFolder) => Load(Path.Combine(selectorsFolder, CloudFileName));

    public static SelectorCatalog Load(string path)
    {
        path = Path.GetFullPath(path);
        JsonFileErrors.RequireFile(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), JsonFileErrors.DocumentOptions);
        }
        catch (JsonException error)
        {
            throw new ConfigurationException(path, null, JsonFileErrors.Describe(error), error);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new ConfigurationException(path, null, $"the top level must be a JSON object, not {document.RootElement.ValueKind}");
            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            Flatten(document.RootElement, "", entries, path);
            return new SelectorCatalog(path, entries);
        }
    }

    /// <summary>The selector of <paramref name="key"/>; a missing or blank one is a <see cref="ConfigurationException"/> naming the file and key.</summary>
    public string Get(string key)
    {
        if (!entries.TryGetValue(key, out var value))
            throw new ConfigurationException(FilePath, key, "is missing");
        if (string.IsNullOrWhiteSpace(value))
            throw new ConfigurationException(FilePath, key, "is blank");
        return value;
    }

    public string this[string key] => Get(key);

    public bool TryGet(string key, out string value) => entries.TryGetValue(key, out value!) && !string.IsNullOrWhiteSpace(value);

    /// <summary>Checks up front that every key a page object needs is there, naming all the missing ones at once.</summary>
    public void RequireAll(IEnumerable<string> keys)
    {
        var missing = keys.Where(key => !TryGet(key, out _)).ToList();
        if (missing.Count > 0)
            throw new ConfigurationException(FilePath, string.Join(", ", missing), missing.Count == 1 ? "is missing or blank" : "are missing or blank");
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> entries, string path)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.StartsWith('$')) continue;
            var key = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Flatten(property.Value, key, entries, path);
                    break;
                case JsonValueKind.String:
                case JsonValueKind.Number:
                case JsonValueKind.True:
                case JsonValueKind.False:
                    var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                    if (!entries.TryAdd(key, text))
                        throw new ConfigurationException(path, key, "appears twice");
                    break;
                default:
                    throw new ConfigurationException(path, key, $"must be a string or an object, not {property.Value.ValueKind}");
            }
        }
    }
}
