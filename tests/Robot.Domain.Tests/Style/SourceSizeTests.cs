namespace Robot.Domain.Tests.Style;

/// <summary>
/// The guide's size rule over every C# file in src/: no file over 350 lines, no method over 60 lines. A method over the
/// limit is measured by <see cref="MemberLengths"/> (comments and strings blanked, braces counted).
/// </summary>
public class SourceSizeTests
{
    public const int MaxFileLines = 350;
    public const int MaxMethodLines = 60;


    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Robot.sln"))) return dir.FullName;
        throw new InvalidOperationException("Robot.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<(string Relative, string Text)> SourceFiles()
    {
        var root = Root();
        var src = Path.Combine(root, "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)));
    }

    [Test]
    public void There_are_sources_to_measure() => Assert.That(SourceFiles().Count(), Is.GreaterThan(100));

    [Test]
    public void No_source_file_is_over_350_lines()
    {
        var over = SourceFiles()
            .Select(file => (file.Relative, Lines: file.Text.Split('\n').Length - (file.Text.EndsWith('\n') ? 1 : 0)))
            .Where(file => file.Lines > MaxFileLines)
            .Select(file => $"{file.Relative}: {file.Lines} lines")
            .ToList();
        Assert.That(over, Is.Empty);
    }

    [Test]
    public void No_method_is_over_60_lines()
    {
        var over = SourceFiles()
            .SelectMany(file => MemberLengths.Of(file.Relative, file.Text))
            .Where(member => member.Lines > MaxMethodLines)
            .Select(member => member.ToString())
            .ToList();
        Assert.That(over, Is.Empty, "methods over the limit");
    }
}
