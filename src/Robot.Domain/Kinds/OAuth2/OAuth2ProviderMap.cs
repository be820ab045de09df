namespace Robot.Domain.Kinds.OAuth2;

/// <summary>
/// The Server's words for an OAuth2 Service Provider ("Google") → the Cloud's ("GMail/GSuite with OAuth2"), from the
/// settings' ValueMaps.OAuth2Providers (looked up without case). A Server word it lacks makes the credential invalid.
/// </summary>
public sealed class OAuth2ProviderMap(IReadOnlyDictionary<string, string> serverToCloud)
{
    public static IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>
    {
        ["Google"] = "GMail/GSuite with OAuth2",
        ["Microsoft"] = "Microsoft365 with OAuth2",
    };

    /// <summary>The settings' map, or <see cref="Defaults"/> when the settings name none.</summary>
    public static OAuth2ProviderMap FromSettings(IReadOnlyDictionary<string, string> configured) =>
        new(configured.Count > 0 ? configured : Defaults);

    public string? CloudWordFor(string serverWord)
    {
        var wanted = serverWord.Trim();
        return serverToCloud.FirstOrDefault(pair => string.Equals(pair.Key.Trim(), wanted, StringComparison.OrdinalIgnoreCase)).Value;
    }
}
