namespace Robot.Domain;

/// <summary>The fixed vocabulary of what became of one connection in one run.</summary>
public enum ConnectionStatus
{
    Migrated,
    Updated,
    AlreadyExists,
    TestFailed,
    BlockedOAuth,
    NeedsPassword,
    Invalid,
    Failed,
}

public static class ConnectionStatusWire
{
    private static readonly Dictionary<ConnectionStatus, string> Words = new()
    {
        [ConnectionStatus.Migrated] = "migrated",
        [ConnectionStatus.Updated] = "updated",
        [ConnectionStatus.AlreadyExists] = "already-exists",
        [ConnectionStatus.TestFailed] = "test-failed",
        [ConnectionStatus.BlockedOAuth] = "blocked-oauth",
        [ConnectionStatus.NeedsPassword] = "needs-password",
        [ConnectionStatus.Invalid] = "invalid",
        [ConnectionStatus.Failed] = "failed",
    };

    /// <summary>The kebab-case word used in results.csv and the README.</summary>
    public static string ToWire(this ConnectionStatus status) => Words[status];

    public static bool TryParse(string? wire, out ConnectionStatus status)
    {
        foreach (var (candidate, word) in Words)
        {
            if (string.Equals(word, wire?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }

    /// <summary>Done means the Cloud holds the connection as the Server has it; anything else needs attention.</summary>
    public static bool IsDone(this ConnectionStatus status) =>
        status is ConnectionStatus.Migrated or ConnectionStatus.Updated or ConnectionStatus.AlreadyExists;

    public static bool NeedsAttention(this ConnectionStatus status) => !status.IsDone();
}
