namespace Robot.EndToEnd.Tests;

/// <summary>
/// Where the longest fixtures start: NUnit starts the fixtures of a namespace that carry [Order] first, lowest first,
/// then the others by name. Two run at a time (<c>Parallelism.cs</c>), so the longest go first and the suite ends on
/// short ones instead of one long fixture on one core. The figures are each fixture's summed test seconds in a full run
/// under load (fresh clone of cd9df31); a fixture in a namespace of its own would only be ordered inside it, so these
/// live in <c>Robot.EndToEnd.Tests</c>.
/// </summary>
public static class FixtureOrder
{
    public const int DefaultSeedMigration = 1; // 150 s
    public const int ChaosRun = 2; // 118 s
    public const int SavedSession = 3; // 111 s
    public const int KillResume = 4; // 108 s
    public const int Scale = 5; // 103 s
    public const int LateFillingServer = 6; // 76 s
    public const int Probe = 7; // 63 s
    public const int MailCheckRun = 8; // 61 s
}
