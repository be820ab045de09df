using Robot.Domain;
using Robot.Domain.Kinds.OAuth2;
using Robot.Domain.Verification;
using Robot.Runner;

namespace Robot.Application;

/// <summary>inventory: the connections read (an unreadable row is one with <see cref="ServerConnection.Unreadable"/>) and inventory.csv.</summary>
public sealed record InventoryResult(IReadOnlyList<ServerConnection> Connections, string Path, TimeSpan Elapsed)
{
    public bool AnyUnreadable => Connections.Any(c => c.Unreadable is not null);
}

/// <summary>plan: each connection's decision and plan.csv.</summary>
public sealed record PlanResult(IReadOnlyList<PlannedConnection> Plan, string Path, TimeSpan Elapsed)
{
    /// <summary>What migrate would make of the OAuth2 Credentials the planned connections use (oauth2-credentials-plan.csv).</summary>
    public IReadOnlyList<CredentialOutcome> Credentials { get; init; } = [];
}

/// <summary>
/// migrate: what the run did (<see cref="RunResult"/>), where results.csv is, how long it took, how many connections an
/// earlier run had finished (not read again) and report.html when written.
/// </summary>
public sealed record MigrationResult(RunResult Run, string ResultsPath, TimeSpan Elapsed, int SkippedAsDone, string? ReportPath)
{
    /// <summary>The OAuth2 Credentials migrated first in the same run (oauth2-credentials.csv).</summary>
    public IReadOnlyList<CredentialOutcome> Credentials { get; init; } = [];
}

/// <summary>mailcheck: how many connections were checked and how many test emails did not arrive.</summary>
public sealed record MailcheckResult(int Checked, int NotDelivered, TimeSpan Elapsed);

/// <summary>verify: the differences found (already said line by line) and verify.csv.</summary>
public sealed record VerifyResult(int Verified, IReadOnlyList<Difference> Differences, string Path, TimeSpan Elapsed)
{
    /// <summary>The OAuth2 Credentials the verified connections use, compared too; null when none were (no pages, none used).</summary>
    public CredentialVerifyResult? Credentials { get; init; }
}
