using CsvHelper;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Ledger;

/// <summary>
/// results.csv: appended one row at a time and flushed to disk at once, so a killed run loses nothing it finished.
/// Several workers may append at the same time. The file is checked when the ledger is made (a file of other columns
/// is refused before anything else happens) but only opened by the first row: a run that records nothing writes no file.
/// </summary>
public sealed class CsvResultsLedger : IResultsLedger, IDisposable
{
    public const string FileName = "results.csv";

    private readonly Lock gate = new();
    private readonly ResultsFile existing;
    private FileStream? stream;
    private StreamWriter? writer;
    private CsvWriter? csv;

    /// <exception cref="InvalidDataException">The file is there but is not a results file this robot can read.</exception>
    public CsvResultsLedger(string path)
    {
        FilePath = Path.GetFullPath(path);
        existing = ResultsFile.Read(FilePath);
    }

    /// <summary>The rows the file held when the ledger was made (a cut last row left out).</summary>
    public IReadOnlyList<LedgerRow> Earlier => existing.Rows;

    /// <summary>The file ended with a row cut short (a run stopped while writing it); it is not among <see cref="Earlier"/> and is dropped from the file by the first row appended.</summary>
    public bool CutRowLeftOut => existing.CutRowLeftOut;

    public string FilePath { get; }

    public void Append(LedgerRow row, IEnumerable<Secret?> secrets)
    {
        var record = LedgerCsvRecord.From(Scrubbed(row, secrets.ToList()));
        lock (gate)
        {
            var csv = this.csv ??= Open();
            csv.WriteRecord(record);
            csv.NextRecord();
            csv.Flush();
            writer!.Flush();
            stream!.Flush(flushToDisk: true);
        }
    }

    /// <summary>Every row of a results file, in file order; empty when the file does not exist, is empty or only a BOM.</summary>
    /// <exception cref="InvalidDataException">Not a results file this robot can read, or a damaged row before the last.</exception>
    public static IReadOnlyList<LedgerRow> ReadAll(string path) => ResultsFile.Read(path).Rows;

    public void Dispose()
    {
        lock (gate)
        {
            csv?.Dispose();
            writer?.Dispose();
            stream?.Dispose();
        }
    }

    // Names stay whole because they are how a resumed run recognises a connection.
    private static LedgerRow Scrubbed(LedgerRow row, IReadOnlyList<Secret?> secrets) => row with
    {
        ServerProtocol = SecretText.Scrub(row.ServerProtocol, secrets),
        ServiceProvider = SecretText.Scrub(row.ServiceProvider, secrets),
        Encryption = SecretText.Scrub(row.Encryption, secrets),
        Host = SecretText.Scrub(row.Host, secrets),
        Port = SecretText.Scrub(row.Port, secrets),
        Username = SecretText.Scrub(row.Username, secrets),
        TestConnection = SecretText.Scrub(row.TestConnection, secrets),
        Message = SecretText.Scrub(row.Message, secrets),
        Evidence = SecretText.Scrub(row.Evidence, secrets),
        MailCheck = SecretText.Scrub(row.MailCheck, secrets),
    };

    /// <summary>
    /// Opens the file for appending. One that is blank, of the columns before the mail check, cut short or without a
    /// final line break is first written again (through a temporary file) with the header and the rows read from it.
    /// </summary>
    private CsvWriter Open()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        if (!existing.AppendableAsIs) CsvFormat.WriteAll(FilePath, existing.Rows.Select(LedgerCsvRecord.From));
        stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);
        writer = new StreamWriter(stream, CsvFormat.Encoding);
        return new CsvWriter(writer, CsvFormat.Configuration);
    }
}
