namespace Robot.Domain.Tests;

/// <summary>The repository the tests were built from (the folder holding Robot.sln), for the files it ships.</summary>
internal static class RepositoryFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Robot.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException("no Robot.sln above " + TestContext.CurrentContext.TestDirectory);
    }
}
