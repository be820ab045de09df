using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Robot.Adapters.Configuration;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// A browser session a person saved with <c>robot login</c>: which site (its name and address), when, and the
/// Playwright storage state (cookies, local storage). It is a credential: written owner-only (0600) in an owner-only
/// folder, and refused when other users may read it.
/// </summary>
public sealed record SavedSession(string Site, Uri BaseUrl, DateTimeOffset SavedUtc, string StorageState, string FilePath)
{
    /// <summary>"2026-11-30 16:05 UTC": when the session was saved, in the expiry message.</summary>
    public string SavedOn => SavedUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The site's words when the session no longer lets the robot in.</summary>
    public SessionExpiredException Expired() =>
        new($"the {Site} session saved on {SavedOn} has expired: run `robot login --site {Site.ToLowerInvariant()}` again");

    /// <summary>Every cookie value and local-storage value the state holds: what no artifact may show.</summary>
    public IReadOnlyList<string> SecretValues()
    {
        var state = JsonNode.Parse(StorageState);
        var values = new List<string>();
        foreach (var cookie in state?["cookies"]?.AsArray() ?? [])
            if (cookie?["value"]?.GetValue<string>() is { Length: > 0 } value) values.Add(value);
        foreach (var origin in state?["origins"]?.AsArray() ?? [])
            foreach (var item in origin?["localStorage"]?.AsArray() ?? [])
                if (item?["value"]?.GetValue<string>() is { Length: >= 8 } value) values.Add(value);
        return values;
    }

    /// <summary>Where <c>robot login</c> keeps a site's session unless told otherwise: the user's config folder, never the repository.</summary>
    public static string DefaultPath(string site)
    {
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrWhiteSpace(config)) config = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return Path.Combine(config, "robot", $"{site.ToLowerInvariant()}-session.json");
    }

    /// <summary>Reads a session file; a missing, unreadable, foreign or world-readable one is a <see cref="ConfigurationException"/>.</summary>
    public static SavedSession Load(string path)
    {
        if (!File.Exists(path))
            throw new ConfigurationException(path, null, "no such session file; save one with `robot login --site cloud|server --session-file PATH`");
        if (OthersMayRead(path))
            throw new ConfigurationException(path, null,
                "other users of this machine may read this session file, and it holds your login cookies: `chmod 600` it (or run `robot login` again, which writes it owner-only)");
        try
        {
            var file = JsonNode.Parse(File.ReadAllText(path)) ?? throw new JsonException("empty");
            var site = file["site"]?.GetValue<string>() ?? throw new JsonException("no site");
            var state = file["storageState"] ?? throw new JsonException("no storageState");
            return new SavedSession(site, new Uri(file["baseUrl"]!.GetValue<string>()), file["savedUtc"]!.GetValue<DateTimeOffset>(),
                state.ToJsonString(), path);
        }
        catch (Exception error) when (error is JsonException or NullReferenceException or FormatException or InvalidOperationException or UriFormatException)
        {
            throw new ConfigurationException(path, null, $"is not a session file `robot login` wrote ({error.Message})");
        }
    }

    /// <summary>Writes the file owner-only (0600, folder 0700), through a temporary file so a reader never sees half of it.</summary>
    public void Save()
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(FilePath))!;
        if (!Directory.Exists(folder)) CreateOwnerOnlyFolder(folder);
        var json = new JsonObject
        {
            ["site"] = Site,
            ["baseUrl"] = BaseUrl.ToString(),
            ["savedUtc"] = SavedUtc,
            ["storageState"] = JsonNode.Parse(StorageState),
        };
        var temporary = FilePath + ".saving";
        File.Delete(temporary);
        using (var stream = CreateOwnerOnlyFile(temporary))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        File.Move(temporary, FilePath, overwrite: true);
    }

    private static void CreateOwnerOnlyFolder(string folder)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static FileStream CreateOwnerOnlyFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new FileStream(path, options);
    }

    private static bool OthersMayRead(string path) =>
        !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.OtherRead | UnixFileMode.GroupRead)) != 0;
}
