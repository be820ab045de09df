namespace Robot.Bench;

/// <summary>The repository the bench was built in and the built robot and sandbox next to it (same configuration).</summary>
public sealed record RepoPaths(string Root, string Configuration)
{
    public string RobotDll => Built("Robot.Cli", "robot");
    public string SandboxDll => Built("Robot.Sandbox", "Robot.Sandbox");
    public string SettingsTemplate => Path.Combine(Root, "robot.settings.json");
    public string Selectors => Path.Combine(Root, "selectors");
    public string PlaywrightConfig => Path.Combine(Root, "playwright.config.json");

    private string Built(string project, string assembly) =>
        Path.Combine(Root, "src", project, "bin", Configuration, "net10.0", assembly + ".dll");

    /// <summary>From the bench's own folder: src/Robot.Bench/bin/CONFIG/net10.0 → the folder holding Robot.sln.</summary>
    public static RepoPaths Locate()
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = own.Parent?.Name ?? "Release";
        for (var folder = own; folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Robot.sln"))) return new RepoPaths(folder.FullName, configuration);
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Robot.sln"))) return new RepoPaths(folder.FullName, configuration);
        throw new BenchFailure("cannot find the repository (Robot.sln) above the bench's folder or the working folder");
    }

    public void CheckBuilt()
    {
        foreach (var dll in new[] { RobotDll, SandboxDll })
            if (!File.Exists(dll)) throw new BenchFailure($"{dll} is not built; run ./run.sh setup (or ./run.sh bench, which builds)");
    }
}
