namespace Robot.Domain;

/// <summary>The fixed vocabulary of what became of one connection in one run. Each has its row in <see cref="ConnectionStatuses"/>.</summary>
public enum ConnectionStatus
{
    Migrated,
    Updated,
    AlreadyExists,
    TestFailed,
    BlockedOAuth,
    NeedsPassword,
    NeedsSecret,
    Invalid,
    Failed,
}

public static class ConnectionStatusWire
{
    /// <summary>The kebab-case word used in results.csv and the README.</summary>
    public static string ToWire(this ConnectionStatus status) => ConnectionStatuses.Of(status).Word;

    public static bool TryParse(string? wire, out ConnectionStatus status)
    {
        foreach (var entry in ConnectionStatuses.All)
        {
            if (string.Equals(entry.Word, wire?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = entry.Status;
                return true;
            }
        }
        status = default;
        return false;
    }

    /// <summary>Done means the Cloud holds the connection as the Server has it; anything else needs attention.</summary>
    public static bool IsDone(this ConnectionStatus status) => ConnectionStatuses.Of(status).ExitWeight == 0;

    public static bool NeedsAttention(this ConnectionStatus status) => !status.IsDone();
}
