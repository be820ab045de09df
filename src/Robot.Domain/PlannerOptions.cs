namespace Robot.Domain;

public sealed record PlannerOptions
{
    /// <summary>Edit connections already on Cloud until they match the Server, instead of leaving them.</summary>
    public bool UpdateExisting { get; init; }

    /// <summary>Name globs (* and ?) limiting the plan; empty means every connection.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Gives the password of a connection the Server withholds, by connection name; null when unknown.</summary>
    public Func<string, Secret?>? PasswordFor { get; init; }

    /// <summary>
    /// Names (any case) an earlier, interrupted run began to create and never recorded. One found on Cloud is the
    /// robot's own unrecorded save, so it is looked for before Add and recorded as migrated, not as already-exists.
    /// </summary>
    public IReadOnlySet<string> InterruptedCreates { get; init; } = new HashSet<string>();
}
