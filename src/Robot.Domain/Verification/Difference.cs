namespace Robot.Domain.Verification;

/// <summary>
/// One field in which a connection on Cloud is not what the Server says it should be.
/// <paramref name="Expected"/> is the Server's value after mapping, <paramref name="Actual"/> the Cloud's.
/// Never holds a password: a differing password reads <see cref="PasswordDiffers"/> on both sides.
/// </summary>
public sealed record Difference(string Name, string Field, string Expected, string Actual)
{
    public const string PasswordDiffers = "password differs";

    /// <summary>The Field of a row about the whole connection rather than one of its fields.</summary>
    public const string ConnectionField = "Connection";

    public override string ToString() => $"{Name}: {Field}: Server '{Expected}', Cloud '{Actual}'";
}
