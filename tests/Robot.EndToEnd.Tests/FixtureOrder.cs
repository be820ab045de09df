namespace Robot.EndToEnd.Tests;

/// <summary>
/// Where the longest fixtures start: NUnit starts the fixtures of a namespace that carry [Order] first, lowest first,
/// then the others by name. Two run at a time (<c>Parallelism.cs</c>), so the longest go first and the suite ends on
/// short ones instead of one long fixture on one core. The figures are each fixture's summed test seconds in a full
/// fresh-clone run beside the other test projects (integ at 1df839e, ChaosRun after its retries stopped waiting);
/// [Order] is not inherited, so a subclass fixture names its own place. A fixture in a namespace of its own would only
/// be ordered inside it, so these live in <c>Robot.EndToEnd.Tests</c>.
/// </summary>
public static class FixtureOrder
{
    public const int DefaultSeedMigration = 1; // 99 s
    public const int SavedSession = 2; // 87 s
    public const int FocusedRun = 3; // 86 s
    public const int AltSkinHostileInput = 4; // 68 s
    public const int HostileInput = 5; // 65 s
    public const int AltSkinMigration = 6; // 64 s
    public const int AltSkinLegacyLabelsMigration = 7; // 64 s
    public const int LateFillingServer = 8; // 60 s
    public const int Probe = 9; // 49 s
    public const int KillResume = 10; // 44 s
    public const int Scale = 11; // 43 s
    public const int OAuthCredentialsMigration = 12; // 42 s
    public const int ChaosRun = 13; // 31-33 s alone
    public const int MailCheckRun = 14; // 29 s
}
