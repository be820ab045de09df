using Robot.Sandbox.Hosting;

namespace Robot.EndToEnd.Tests.Quirks;

/// <summary>A sandbox seeded with <see cref="QuirkSeed"/>, its pages behaving as <see cref="PageQuirks"/> says.</summary>
public abstract class QuirkFixture : RobotFixture
{
    private string? seedPath;

    protected abstract PageQuirks PageQuirks { get; }

    /// <summary>Whether the seed holds the connection that may be set never to fill in.</summary>
    protected virtual bool SeedNeverFills => true;

    protected override SandboxOptions Options => new()
    {
        SeedPath = seedPath ??= Seeds.Write(QuirkSeed.Seed(SeedNeverFills), GetType().Name),
        Quirks = PageQuirks,
    };

    [OneTimeTearDown]
    public void RemoveSeed()
    {
        if (seedPath is not null) File.Delete(seedPath);
    }
}
