namespace Robot.Domain.Fields;

/// <summary>One field in which two Cloud records differ, with both values as the Cloud would show them.</summary>
public sealed record FieldDifference(string Field, string Wanted, string Actual);

/// <summary>
/// The one comparison of a record mapped from the Server with the same record read back from the Cloud, used by the
/// plan (<c>--update-existing</c>) and by verify: per field, both values trimmed, then by the field's
/// <see cref="FieldComparison"/>. Secrets are never compared here.
/// </summary>
public sealed class FieldComparer<TServer, TCloud>(FieldList<TServer, TCloud> fields)
{
    /// <param name="withIdentity">Also the name; the plan leaves it out, having matched on it.</param>
    public IReadOnlyList<FieldDifference> Differences(TCloud wanted, TCloud actual, bool withIdentity)
    {
        var differences = new List<FieldDifference>();
        foreach (var field in fields.Compared)
        {
            if (field.Identity && !withIdentity) continue;
            var wantedValue = field.CloudValue!(wanted);
            var actualValue = field.CloudValue!(actual);
            // A field this Cloud does not show (or the Server did not) has nothing to compare.
            if (field.CloudOptional && (wantedValue is null || actualValue is null)) continue;
            var want = Text(wantedValue);
            var have = Text(actualValue);
            var comparison = field.Comparison == FieldComparison.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (!string.Equals(want, have, comparison)) differences.Add(new FieldDifference(field.CloudName!, want, have));
        }
        return differences;
    }

    private static string Text(string? value) => (value ?? "").Trim();
}
