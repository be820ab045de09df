using System.Globalization;
using Robot.Adapters.Configuration;

namespace Robot.Adapters.Secrets;

/// <summary>
/// Where the secrets file lives and who may touch it. Writable by every user: refused (anyone could change the
/// passwords the robot types into Cloud). Readable by others, or inside a git work tree (one `git add .` from being
/// committed): a warning, since the run can still be right.
/// </summary>
public static class SecretsFileCheck
{
    /// <summary>Throws a <see cref="ConfigurationException"/> for a world-writable file; returns the warnings for the rest.</summary>
    public static IReadOnlyList<string> Check(string path)
    {
        path = Path.GetFullPath(path);
        var warnings = new List<string>();
        if (!File.Exists(path)) return warnings;
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (mode.HasFlag(UnixFileMode.OtherWrite))
                throw new ConfigurationException(path, "SecretsFile",
                    $"can be changed by every user of this machine (mode {Octal(mode)}); run chmod 600 {path} and check its passwords");
            if ((mode & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0)
                warnings.Add($"secrets file {path} can be read by other users (mode {Octal(mode)}); run chmod 600 {path}");
        }
        if (RepositoryAround(path) is { } repository)
            warnings.Add($"secrets file {path} is inside the git repository {repository}; keep it outside, where it cannot be committed");
        return warnings;
    }

    private static string? RepositoryAround(string path)
    {
        for (var folder = Directory.GetParent(path); folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return folder.FullName;
        }
        return null;
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(4, '0').ToString(CultureInfo.InvariantCulture);
}
