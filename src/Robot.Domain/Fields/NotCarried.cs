namespace Robot.Domain.Fields;

/// <summary>
/// The Server fields the Cloud has no place for, named with their value when it is not the default: "Interval 5 min
/// not carried: the Cloud has no such field". A default or blank value needs no mention.
/// </summary>
public static class NotCarried
{
    public const string Reason = "not carried: the Cloud has no such field";

    public static IReadOnlyList<string> Of<TServer, TCloud>(FieldList<TServer, TCloud> fields, TServer server) =>
        fields.All.Where(f => f.IsNotCarried)
            .Select(f => (Field: f, Value: f.ServerValue(server).Trim()))
            .Where(x => x.Value.Length > 0 && !string.Equals(x.Value, x.Field.DefaultValue, StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{x.Field.ServerName} {x.Value}{(x.Field.Unit is null ? "" : " " + x.Field.Unit)} {Reason}")
            .ToList();

    /// <summary>The sentences as one results.csv cell.</summary>
    public static string Cell(IEnumerable<string> sentences) => string.Join("; ", sentences);
}
