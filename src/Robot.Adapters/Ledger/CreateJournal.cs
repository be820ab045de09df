using System.Text.Json;
using Robot.Domain;

namespace Robot.Adapters.Ledger;

/// <summary>
/// creates.journal beside results.csv: a line "+name" just before the robot starts to create a connection on Cloud.
/// Every create that ends writes a results.csv row with at least one attempt, so a name begun more often than it has
/// such rows is a create a killed run may have saved without recording; --resume looks for it on Cloud before Add,
/// so it is recorded as migrated, never created twice and never mistaken for one that was there before.
/// Names are JSON strings (one line each, whatever they hold).
/// </summary>
public sealed class CreateJournal : IDisposable
{
    public const string FileName = "creates.journal";

    private readonly StreamWriter writer;
    private readonly Lock gate = new();

    public CreateJournal(string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        writer = new StreamWriter(new FileStream(Path.Combine(outputFolder, FileName), FileMode.Append, FileAccess.Write, FileShare.Read));
    }

    public void Begin(string name) => Write('+', name);

    /// <summary>Names begun more often than <paramref name="rows"/> (the folder's results.csv) ended them.</summary>
    public static IReadOnlySet<string> Interrupted(string outputFolder, IEnumerable<LedgerRow> rows)
    {
        var path = Path.Combine(outputFolder, FileName);
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path)) return new HashSet<string>();
        foreach (var line in File.ReadLines(path))
        {
            // A line cut short by a kill is not a name.
            if (line.Length < 3 || line[0] != '+') continue;
            string? name;
            try { name = JsonSerializer.Deserialize<string>(line.AsSpan(1)); }
            catch (JsonException) { continue; }
            if (name is null) continue;
            open[name] = open.GetValueOrDefault(name) + 1;
        }
        foreach (var row in rows)
        {
            if (row.Attempts > 0 && open.ContainsKey(row.Name)) open[row.Name]--;
        }
        return open.Where(pair => pair.Value > 0).Select(pair => pair.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private void Write(char mark, string name)
    {
        lock (gate)
        {
            writer.Write(mark);
            writer.Write(JsonSerializer.Serialize(name));
            writer.Write('\n');
            // Handed to the operating system now, so a SIGKILL right after cannot lose it.
            writer.Flush();
        }
    }

    public void Dispose()
    {
        lock (gate) writer.Dispose();
    }
}
