using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Robot.Adapters.Configuration;

/// <summary>Reads <see cref="RobotSettings"/> and refuses anything wrong with a <see cref="ConfigurationException"/>.</summary>
public static partial class RobotSettingsLoader
{
    public const string EnvironmentPrefix = "ROBOT_";
    public const string CommandLine = "command line";

    private static readonly string[] PasswordKeys = ["Server:Password", "Cloud:Password", "MailCheck:Smtp:Password"];

    /// <param name="settingsPath">The settings file; null looks for robot.settings.json in the current folder and its parents.</param>
    /// <param name="overrides">Command-line values by configuration key, e.g. ("Workers", "4") or ("Retry:Count", "5").</param>
    /// <param name="environment">Where ROBOT_* variables are read; null is the process environment.</param>
    public static RobotSettings Load(string? settingsPath = null, IEnumerable<KeyValuePair<string, string?>>? overrides = null,
        Func<string, string?>? environment = null)
    {
        var path = Path.GetFullPath(settingsPath ?? FindDefault(Directory.GetCurrentDirectory()));
        var file = ReadFile(path);
        RefuseUnknownKeys(file, path);
        RefusePasswords(key => file[key], path);

        var commandLine = overrides?.ToList() ?? [];
        var commandLineConfiguration = new ConfigurationBuilder().AddInMemoryCollection(commandLine).Build();
        RefuseUnknownKeys(commandLineConfiguration, CommandLine);
        RefusePasswords(key => commandLineConfiguration[key], CommandLine);

        // The file is added again rather than chained: a chained configuration turns "" into null.
        var builder = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false);
        if (environment is null) builder.AddEnvironmentVariables(EnvironmentPrefix);
        else builder.AddInMemoryCollection(EnvironmentSettings<RobotSettings>.Read(environment, EnvironmentPrefix));
        var configuration = builder.AddInMemoryCollection(commandLine).Build();

        var settings = new RobotSettings();
        try
        {
            configuration.Bind(settings);
        }
        catch (InvalidOperationException error)
        {
            var key = BinderKey().Match(error.Message) is { Success: true } match ? match.Groups[1].Value : null;
            throw new ConfigurationException(path, key, "has a value of the wrong type: " + error.Message, error);
        }
        settings.SourceFile = path;
        RobotSettingsValidator.Validate(settings, configuration, path);
        return settings;
    }

    /// <summary>robot.settings.json in <paramref name="startFolder"/> or the nearest parent folder that has one.</summary>
    public static string FindDefault(string startFolder)
    {
        for (var folder = new DirectoryInfo(startFolder); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, RobotSettings.FileName);
            if (File.Exists(candidate)) return candidate;
        }
        throw new ConfigurationException(RobotSettings.FileName, null,
            $"not found in {startFolder} or any parent folder; pass the settings file's path");
    }

    private static IConfigurationRoot ReadFile(string path)
    {
        JsonFileErrors.RequireFile(path);
        try
        {
            return new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            throw new ConfigurationException(path, null, JsonFileErrors.Describe(error), error);
        }
    }

    private static void RefuseUnknownKeys(IConfiguration configuration, string source)
    {
        var unknown = UnknownKeys.Find(configuration, typeof(RobotSettings));
        if (unknown.Count > 0)
            throw new ConfigurationException(source, string.Join(", ", unknown), "is not a setting the robot knows (check the spelling)");
    }

    private static void RefusePasswords(Func<string, string?> valueOf, string source)
    {
        foreach (var key in PasswordKeys)
        {
            if (!string.IsNullOrEmpty(valueOf(key)))
                throw new ConfigurationException(source, key,
                    $"passwords are read from the environment only ({EnvironmentPrefix}{key.Replace(":", "__")}); remove it from here");
        }
    }

    [GeneratedRegex("at '([^']+)'")]
    private static partial Regex BinderKey();
}
