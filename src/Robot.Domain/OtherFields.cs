namespace Robot.Domain;

/// <summary>
/// Values of fields a record carries beyond its own properties, by label; compared by value, so two records read
/// the same way are equal.
/// </summary>
public sealed class OtherFields : IEquatable<OtherFields>
{
    private readonly SortedDictionary<string, string> values;

    private OtherFields(SortedDictionary<string, string> values) => this.values = values;

    public static OtherFields None { get; } = new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The fields shown (a null value: not shown, left out).</summary>
    public static OtherFields Of(IEnumerable<(string Label, string? Value)> fields)
    {
        var shown = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, value) in fields)
            if (value is not null) shown[label] = value;
        return shown.Count == 0 ? None : new OtherFields(shown);
    }

    /// <summary>The value; blank when not shown.</summary>
    public string this[string label] => values.GetValueOrDefault(label, "");

    /// <summary>The value; null when not shown.</summary>
    public string? Shown(string label) => values.TryGetValue(label, out var value) ? value : null;

    public IEnumerable<KeyValuePair<string, string>> All => values;

    public bool Equals(OtherFields? other) => other is not null && values.SequenceEqual(other.values);

    public override bool Equals(object? obj) => Equals(obj as OtherFields);

    public override int GetHashCode() => values.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value));

    public override string ToString() => string.Join(", ", values.Select(pair => $"{pair.Key} = {pair.Value}"));
}
