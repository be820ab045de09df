using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.Adapters.Secrets;

namespace Robot.Application;

/// <summary>
/// Everything a command needs before it touches a site: robot.settings.json (+ environment + command line),
/// playwright.config.json and both selector files, all checked; a problem is a <see cref="ConfigurationException"/>
/// naming the file, the key and the reason.
/// </summary>
public sealed class RobotConfiguration
{
    public required RobotSettings Settings { get; init; }
    public required PlaywrightSettings Playwright { get; init; }
    public required SiteSelectors ServerSelectors { get; init; }
    public required SiteSelectors CloudSelectors { get; init; }

    /// <summary>Both sites' selectors with the OAuth2 Credentials keys; null when a selectors file lacks them (the kind is then off).</summary>
    public (SiteSelectors Server, SiteSelectors Cloud)? CredentialSelectors { get; init; }
    public required SecretSource Secrets { get; init; }

    /// <summary>Saved sessions by site name ("Server", "Cloud"): those sites are entered through them, with no password.</summary>
    public IReadOnlyDictionary<string, SavedSession> Sessions { get; init; } = new Dictionary<string, SavedSession>();

    /// <summary>What the user should fix although the run can go on (a secrets file others can read, or in a repository).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where ROBOT_* variables are read; null is the process environment.</summary>
    public Func<string, string?>? Environment { get; init; }

    public string OutputFolder => Settings.OutputFolder;

    /// <param name="environment">Where ROBOT_* variables are read (site passwords, ROBOT_SECRET_*): the process environment or a test's own.</param>
    public static RobotConfiguration Load(RunRequest request, string workingDirectory, Action<RobotSettings>? adjust,
        Func<string, string?> environment)
    {
        var settingsFile = request.SettingsFile is null
            ? DefaultSettingsFile(workingDirectory)
            : Path.GetFullPath(request.SettingsFile, workingDirectory);
        var settings = RobotSettingsLoader.Load(settingsFile, request.SettingsOverrides(workingDirectory).ToList(), environment);
        adjust?.Invoke(settings);

        var settingsFolder = Path.GetDirectoryName(settings.SourceFile)!;
        var playwrightFile = Locate(request.PlaywrightConfig, PlaywrightSettings.FileName, settingsFolder, workingDirectory, folder: false);
        var playwright = PlaywrightSettingsLoader.Load(playwrightFile, request.PlaywrightOverrides().ToList());

        var selectorsFolder = Locate(request.SelectorsFolder, "selectors", settingsFolder, workingDirectory, folder: true);
        var serverCatalog = SelectorCatalog.LoadServer(selectorsFolder);
        var cloudCatalog = SelectorCatalog.LoadCloud(selectorsFolder);
        var serverSelectors = PlaywrightServerSite.CheckSelectors(serverCatalog);
        var cloudSelectors = PlaywrightCloudSite.CheckSelectors(cloudCatalog);
        var credentialSelectors = (Adapters.Browser.Credentials.CredentialSelectors.Server(serverCatalog), Adapters.Browser.Credentials.CredentialSelectors.Cloud(cloudCatalog)) is ({ } server, { } cloud)
            ? (server, cloud)
            : ((SiteSelectors, SiteSelectors)?)null;

        return new RobotConfiguration
        {
            Settings = settings,
            Playwright = playwright,
            ServerSelectors = serverSelectors,
            CloudSelectors = cloudSelectors,
            CredentialSelectors = credentialSelectors,
            Secrets = SecretSource.Load(settings.SecretsFilePath, environment),
            Sessions = SiteSessionFiles.Load(request.SessionFiles, settings, workingDirectory),
            Warnings = settings.SecretsFilePath is { } secretsFile ? SecretsFileCheck.Check(secretsFile) : [],
            Environment = environment,
        };
    }

    /// <summary>
    /// robot.settings.json in the working folder or its nearest parent that has one, else beside the robot or above it
    /// (the repository's, when the robot is run from elsewhere).
    /// </summary>
    public static string DefaultSettingsFile(string workingDirectory)
    {
        try
        {
            return RobotSettingsLoader.FindDefault(workingDirectory);
        }
        catch (ConfigurationException)
        {
            try { return RobotSettingsLoader.FindDefault(AppContext.BaseDirectory); }
            catch (ConfigurationException) { }
            throw;
        }
    }

    /// <summary>The Server login, or a <see cref="ConfigurationException"/> saying which setting or variable is missing.</summary>
    public SiteLogin ServerLogin() =>
        Login("Server", Settings.Server.BaseUrl, "Username", Settings.Server.Username, Settings.Server.Password);

    public SiteLogin CloudLogin() =>
        Login("Cloud", Settings.Cloud.BaseUrl, "Email", Settings.Cloud.Email, Settings.Cloud.Password);

    private SiteLogin Login(string site, string baseUrl, string userKey, string user, string? password)
    {
        var file = Settings.SourceFile;
        if (string.IsNullOrWhiteSpace(baseUrl))
            throw new ConfigurationException(file, $"{site}:BaseUrl", $"is blank; set it in the file or as ROBOT_{site}__BaseUrl");
        if (Sessions.TryGetValue(site, out var saved)) return SiteSessionFiles.LoginThrough(saved, site, baseUrl, user);
        if (string.IsNullOrWhiteSpace(user))
            throw new ConfigurationException(file, $"{site}:{userKey}", $"is blank; set it in the file or as ROBOT_{site}__{userKey}");
        if (string.IsNullOrEmpty(password))
            throw new ConfigurationException("environment", $"ROBOT_{site}__Password", $"is not set; the {site} password is read from the environment only");
        var url = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        return new SiteLogin(new Uri(url), user.Trim(), Robot.Domain.Secret.Of(password));
    }

    /// <summary>An explicit path, else the name next to the settings file, else in the nearest folder up from the working folder or from the robot's own folder.</summary>
    private static string Locate(string? explicitPath, string name, string settingsFolder, string workingDirectory, bool folder)
    {
        bool Exists(string path) => folder ? Directory.Exists(path) : File.Exists(path);
        if (explicitPath is not null)
        {
            var path = Path.GetFullPath(explicitPath, workingDirectory);
            return Exists(path) ? path : throw new ConfigurationException(path, null, folder ? "folder not found" : "file not found");
        }
        var beside = Path.Combine(settingsFolder, name);
        if (Exists(beside)) return beside;
        foreach (var start in new[] { workingDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (Exists(candidate)) return candidate;
            }
        }
        throw new ConfigurationException(name, null,
            $"not found next to {settingsFolder}, in {workingDirectory} or the robot's folder, or their parents; pass its path");
    }
}
