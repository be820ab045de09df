namespace Robot.Domain.Ports;

/// <summary>What one write on Cloud gave.</summary>
/// <param name="TestPassed">Test Connection's verdict; null when it did not run.</param>
/// <param name="TestMessage">What Test Connection showed.</param>
/// <param name="Saved">Whether the connection was saved and its row confirmed.</param>
/// <param name="Message">A short account for the CSV (never a password).</param>
/// <param name="Evidence">Where screenshots or traces of this write are, if any were kept.</param>
public sealed record CloudWriteResult(bool? TestPassed, string TestMessage, bool Saved, string Message, string Evidence = "")
{
    /// <summary>The Cloud names of the fields a Cloud may lack that this panel showed and were filled; null when the panel was not filled.</summary>
    public IReadOnlyList<string>? OptionalFieldsWritten { get; init; }

    /// <summary>The connection's state in the Cloud's list after the write (and the Enable, when asked); unknown when not saved.</summary>
    public CloudState CloudState { get; init; }
}
