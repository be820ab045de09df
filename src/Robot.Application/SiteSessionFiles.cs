using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;

namespace Robot.Application;

/// <summary>
/// Which sites a command enters through a saved session: each --session-file (the file says its site), else the
/// site's SessionFile setting. A file that cannot be used is a <see cref="ConfigurationException"/> before any browser starts.
/// </summary>
public static class SiteSessionFiles
{
    public static IReadOnlyDictionary<string, SavedSession> Load(IReadOnlyList<string> commandLine, RobotSettings settings, string workingDirectory)
    {
        var sessions = new Dictionary<string, SavedSession>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in commandLine)
        {
            var saved = SavedSession.Load(Path.GetFullPath(path, workingDirectory));
            if (sessions.TryGetValue(saved.Site, out var earlier))
                throw new ConfigurationException(saved.FilePath, null, $"is a second {saved.Site} session (the first is {earlier.FilePath}); give one per site");
            sessions[saved.Site] = saved;
        }
        var settingsFolder = Path.GetDirectoryName(settings.SourceFile) ?? workingDirectory;
        foreach (var (site, file) in new[] { ("Server", settings.Server.SessionFile), ("Cloud", settings.Cloud.SessionFile) })
        {
            if (sessions.ContainsKey(site) || string.IsNullOrWhiteSpace(file)) continue;
            var saved = SavedSession.Load(Path.GetFullPath(file, settingsFolder));
            if (!string.Equals(saved.Site, site, StringComparison.OrdinalIgnoreCase))
                throw new ConfigurationException(settings.SourceFile, $"{site}:SessionFile", $"names {saved.FilePath}, a {saved.Site} session");
            sessions[site] = saved;
        }
        return sessions;
    }

    /// <summary>The site's login through its saved session: no password; a session saved for another address is refused.</summary>
    public static SiteLogin LoginThrough(SavedSession saved, string site, string baseUrl, string user)
    {
        var url = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        if (Uri.Compare(url, saved.BaseUrl, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            throw new ConfigurationException(saved.FilePath, null,
                $"was saved for {saved.BaseUrl}, but {site}:BaseUrl is {url}; run `robot login --site {site.ToLowerInvariant()}` for that site");
        return new SiteLogin(url, string.IsNullOrWhiteSpace(user) ? "(saved session)" : user.Trim(), null) { Saved = saved };
    }
}
