using CsvHelper;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Ledger;

/// <summary>
/// results.csv: appended one row at a time and flushed to disk at once, so a killed run loses nothing it finished.
/// Several workers may append at the same time.
/// </summary>
public sealed class CsvResultsLedger : IResultsLedger, IDisposable
{
    public const string FileName = "results.csv";

    private readonly Lock gate = new();
    private readonly FileStream stream;
    private readonly StreamWriter writer;
    private readonly CsvWriter csv;
    private bool headerWritten;

    public CsvResultsLedger(string path)
    {
        FilePath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        if (File.Exists(FilePath) && new FileInfo(FilePath).Length > 0) RequireSameColumns(FilePath);

        stream = new FileStream(FilePath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        headerWritten = stream.Length > 0;
        var needsLineBreak = headerWritten && !EndsWithLineBreak(stream);
        stream.Seek(0, SeekOrigin.End);
        writer = new StreamWriter(stream, CsvFormat.Encoding);
        // A run killed mid-row leaves a partial line; the next row must not be glued onto it.
        if (needsLineBreak) writer.Write("\r\n");
        csv = new CsvWriter(writer, CsvFormat.Configuration);
    }

    public string FilePath { get; }

    public void Append(LedgerRow row, IEnumerable<string?> secrets)
    {
        var record = LedgerCsvRecord.From(Scrubbed(row, secrets.ToList()));
        lock (gate)
        {
            if (!headerWritten)
            {
                csv.WriteHeader<LedgerCsvRecord>();
                csv.NextRecord();
                headerWritten = true;
            }
            csv.WriteRecord(record);
            csv.NextRecord();
            csv.Flush();
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Every row of a results file, in file order; empty when the file does not exist.</summary>
    public static IReadOnlyList<LedgerRow> ReadAll(string path)
    {
        if (!File.Exists(path)) return [];
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file, CsvFormat.Encoding);
        using var csvReader = new CsvReader(reader, CsvFormat.Configuration);
        try
        {
            return csvReader.GetRecords<LedgerCsvRecord>().Select(record => record.ToRow()).ToList();
        }
        catch (Exception error) when (error is CsvHelperException or FormatException)
        {
            throw new InvalidDataException($"{path}: cannot read row {csvReader.Parser.Row}: {FirstLine(error.Message)}", error);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            csv.Dispose();
            writer.Dispose();
            stream.Dispose();
        }
    }

    // Names stay whole because they are how a resumed run recognises a connection.
    private static LedgerRow Scrubbed(LedgerRow row, IReadOnlyList<string?> secrets) => row with
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

    private static void RequireSameColumns(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file, CsvFormat.Encoding);
        using var csvReader = new CsvReader(reader, CsvFormat.Configuration);
        csvReader.Read();
        csvReader.ReadHeader();
        var header = csvReader.HeaderRecord ?? [];
        // A file from before the mail check columns is still a results file: rows appended to it carry them unnamed.
        if (!header.SequenceEqual(LedgerCsvRecord.Columns) && !header.SequenceEqual(LedgerCsvRecord.ColumnsBeforeMailCheck))
            throw new InvalidDataException(
                $"{path} has the columns [{string.Join(",", header)}], not those of a results file; choose another output folder");
    }

    private static bool EndsWithLineBreak(FileStream file)
    {
        file.Seek(-1, SeekOrigin.End);
        return file.ReadByte() == '\n';
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
