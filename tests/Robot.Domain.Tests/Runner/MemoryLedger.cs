using System.Collections.Concurrent;
using Robot.Domain.Ports;

namespace Robot.Domain.Tests.Runner;

internal sealed class MemoryLedger : IResultsLedger
{
    public ConcurrentQueue<LedgerRow> Rows { get; } = new();

    /// <summary>Makes Append fail for the rows it returns true for, like a full disk.</summary>
    public Func<LedgerRow, bool> FailFor { get; set; } = _ => false;

    public void Append(LedgerRow row, IEnumerable<Secret?> secrets)
    {
        if (FailFor(row)) throw new IOException("disk full");
        Rows.Enqueue(row with { Message = SecretText.Scrub(row.Message, secrets) });
    }

    public LedgerRow RowOf(string name) => Rows.Single(row => row.Name == name);
}
