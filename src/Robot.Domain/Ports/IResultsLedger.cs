namespace Robot.Domain.Ports;

/// <summary>The record of every run: one row per connection, written the moment it ends. Safe to call from several workers.</summary>
public interface IResultsLedger
{
    /// <summary>Appends and flushes one row; any of <paramref name="secrets"/> found in its text is masked first.</summary>
    void Append(LedgerRow row, IEnumerable<Secret?> secrets);
}
