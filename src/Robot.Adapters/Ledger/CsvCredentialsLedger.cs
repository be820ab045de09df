using CsvHelper;
using Robot.Domain;
using Robot.Domain.Kinds.OAuth2;
using Robot.Domain.Ports;

namespace Robot.Adapters.Ledger;

/// <summary>
/// oauth2-credentials.csv as the credentials' ledger: one row per credential, its latest outcome, the whole file
/// written again (through a temporary file) the moment each credential ends, so a killed run keeps every one it
/// finished. A resumed run starts from the rows the file held, a fresh run from none (as the file always was: this
/// run's credentials). Several workers may append at the same time.
/// </summary>
public sealed class CsvCredentialsLedger : ICredentialLedger
{
    private readonly Lock gate = new();
    private readonly List<CredentialCsvRow> rows;
    private readonly IEnumerable<string?> alsoMask;

    /// <param name="keepEarlier">--resume: the file's rows stay, each replaced by its credential's next outcome.</param>
    /// <param name="alsoMask">Secrets of the run (site logins, secrets read so far) masked in every row as well.</param>
    /// <exception cref="InvalidDataException">The file is there but is not a credentials file this robot can read.</exception>
    public CsvCredentialsLedger(string path, bool keepEarlier, IEnumerable<string?> alsoMask)
    {
        FilePath = Path.GetFullPath(path);
        this.alsoMask = alsoMask;
        Earlier = ReadAll(FilePath);
        rows = keepEarlier ? [.. Earlier] : [];
    }

    public string FilePath { get; }

    /// <summary>The rows the file held when the ledger was made; none when it is missing or empty.</summary>
    public IReadOnlyList<CredentialCsvRow> Earlier { get; }

    /// <summary>Credentials whose row in <see cref="Earlier"/> is done: what --resume skips.</summary>
    public IReadOnlySet<string> DoneBefore => LedgerHistory.DoneNames(Earlier.Select(row => (row.Name, row.Status)));

    public void Append(CredentialOutcome outcome, IEnumerable<Secret?> secrets)
    {
        var masked = secrets.Select(secret => secret?.Reveal()).Concat(alsoMask).ToList();
        var row = new CredentialCsvRow(OAuth2Credentials.Word, outcome.Name, outcome.Status.ToWire(), outcome.ServiceProvider,
            outcome.CloudCallbackUrl, outcome.PersonAction, SecretText.Scrub(outcome.Message, masked));
        lock (gate)
        {
            var place = rows.FindIndex(earlier => string.Equals(earlier.Name, row.Name, StringComparison.OrdinalIgnoreCase));
            if (place >= 0) rows[place] = row;
            else rows.Add(row);
            CsvFormat.WriteAll(FilePath, rows);
        }
    }

    /// <exception cref="InvalidDataException">The file is there but is not a credentials file: it is never written over.</exception>
    private static List<CredentialCsvRow> ReadAll(string path)
    {
        if (CsvTable.ReadText(path) is not { } text) return [];
        var (reader, _) = CsvTable.Open(path, text, "a credentials file", CredentialCsvRow.Columns);
        using var csv = reader;
        var found = new List<CredentialCsvRow>();
        while (csv.Read())
            if (csv.Parser.Count >= CredentialCsvRow.Columns.Length)
                found.Add(new CredentialCsvRow(Field(csv, 0), Field(csv, 1), Field(csv, 2), Field(csv, 3), Field(csv, 4), Field(csv, 5), Field(csv, 6)));
        return found;
    }

    private static string Field(CsvReader csv, int index) => csv.GetField(index) ?? "";
}
