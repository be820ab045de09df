using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Robot.Cli;

/// <summary>
/// Settings given on the command line as <c>--Section:Key=value</c> (or <c>--Key=value</c> for a top-level key):
/// the same keys as robot.settings.json, applied over the file and the environment. Read by the configuration's own
/// command-line provider; the robot's options are lower case, settings keys capitalised, so the two never meet.
/// Unknown keys and passwords are refused where the settings are loaded.
/// </summary>
public static partial class SettingArguments
{
    /// <summary>The arguments that are settings, as configuration key → value, and the rest for the command line parser.</summary>
    public static (IReadOnlyList<KeyValuePair<string, string?>> Settings, string[] Others) Split(IEnumerable<string> args)
    {
        var settings = new List<string>();
        var rest = new List<string>();
        foreach (var arg in args) (SettingPattern().IsMatch(arg) ? settings : rest).Add(arg);
        var pairs = new ConfigurationBuilder().AddCommandLine(settings.ToArray()).Build()
            .AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToList();
        return (pairs, rest.ToArray());
    }

    [GeneratedRegex("^--[A-Z][A-Za-z0-9]*(:[A-Za-z0-9]+)*=", RegexOptions.CultureInvariant)]
    private static partial Regex SettingPattern();
}
