namespace Robot.EndToEnd.Tests.Support;

/// <summary>Folders of this repository, found from the test's own folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Selectors => Path.Combine(Root, "selectors");

    public static string PlaywrightConfig => Path.Combine(Root, "playwright.config.json");

    /// <summary>The configuration these tests were built in (Debug or Release): the robot and run.sh use the same.</summary>
    public static string Configuration =>
        TestContext.CurrentContext.TestDirectory.Contains("/bin/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";

    /// <summary>The built robot, robot.dll.</summary>
    public static string RobotDll => Path.Combine(Root, "src", "Robot.Cli", "bin", Configuration, "net10.0", "robot.dll");

    /// <summary>The built sandbox, for the demo (which starts it as a child process, as ./run.sh does).</summary>
    public static string SandboxDll(string configuration) =>
        Path.Combine(Root, "src", "Robot.Sandbox", "bin", configuration, "net10.0", "Robot.Sandbox.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Robot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Robot.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
