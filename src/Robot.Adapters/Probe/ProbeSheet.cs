using Robot.Adapters.Configuration;

namespace Robot.Adapters.Probe;

/// <summary>
/// Every key of one site's selector file with what the probe found for it so far. A key starts as not reached; a check
/// records found, ambiguous or not found (the worst result of several checks stays); a key that only shows in
/// circumstances the probe does not bring about (an error flag, an expired session) keeps "not reached" with why.
/// </summary>
public sealed class ProbeSheet
{
    private readonly Lock gate = new();
    private readonly List<string> order;
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public ProbeSheet(string site, SelectorCatalog catalog)
    {
        Site = site;
        File = Path.GetFileName(catalog.FilePath);
        order = catalog.Entries.Keys.ToList();
        foreach (var (key, selector) in catalog.Entries) entries[key] = new Entry(selector);
    }

    public string Site { get; }

    public string File { get; }

    public bool Has(string key) => entries.ContainsKey(key);

    public void Record(string key, KeyResult result, string note = "", string screenshot = "")
    {
        lock (gate)
        {
            if (!entries.TryGetValue(key, out var entry)) return;
            if (entry.Result != KeyResult.NotReached && result <= entry.Result) return;
            entry.Result = result;
            entry.Note = note;
            entry.Screenshot = screenshot;
        }
    }

    /// <summary>A key the probe does not expect to see on this walk, and why; kept only while nothing was found for it.</summary>
    public void Unchecked(string key, string why)
    {
        lock (gate)
            if (entries.TryGetValue(key, out var entry) && entry.Result == KeyResult.NotReached) entry.Note = why;
    }

    /// <summary>The walk stopped at <paramref name="step"/>: every key not reached yet (and not explained) says so.</summary>
    public void StoppedAt(string step)
    {
        lock (gate)
            foreach (var entry in entries.Values.Where(e => e.Result == KeyResult.NotReached && e.Note.Length == 0))
                entry.Note = $"an earlier step failed: {step}";
    }

    public IReadOnlyList<ProbeLine> Lines()
    {
        lock (gate)
            return order.Select(key => entries[key] is var e
                ? new ProbeLine(Site, File, key, e.Selector, e.Result, e.Screenshot, e.Note.Length > 0 || e.Result != KeyResult.NotReached ? e.Note : "no probe step looks for it")
                : null!).ToList();
    }

    private sealed class Entry(string selector)
    {
        public string Selector { get; } = selector;
        public KeyResult Result { get; set; } = KeyResult.NotReached;
        public string Note { get; set; } = "";
        public string Screenshot { get; set; } = "";
    }
}
