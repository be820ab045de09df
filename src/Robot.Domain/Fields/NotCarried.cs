namespace Robot.Domain.Fields;

/// <summary>
/// The Server fields the Cloud has no place for, named with their value when it is not the default: "Interval 5 min
/// not carried: the Cloud has no such field". A default or blank value needs no mention.
/// </summary>
public static class NotCarried
{
    public const string Reason = "not carried: the Cloud has no such field";

    /// <summary>The fields no Cloud has (no Cloud key at all): known before anything is written.</summary>
    public static IReadOnlyList<string> Of<TServer, TCloud>(FieldList<TServer, TCloud> fields, TServer server) =>
        fields.All.Where(f => f.IsNotCarried)
            .Select(f => Sentence(f, f.ServerValue(server)))
            .OfType<string>()
            .ToList();

    /// <summary>
    /// After a Cloud panel was filled: the fields no Cloud has, and the optional ones this panel did not show
    /// (<paramref name="shownOnCloud"/> holds the Cloud names of those it showed), with the value the Server had.
    /// </summary>
    public static IReadOnlyList<string> AfterFill<TServer, TCloud>(FieldList<TServer, TCloud> fields, TServer server, IReadOnlyCollection<string> shownOnCloud) =>
        fields.All.Where(f => f.IsNotCarried || (f.CloudOptional && !shownOnCloud.Contains(f.CloudName!)))
            .Select(f => Sentence(f, f.ServerValue(server)))
            .OfType<string>()
            .ToList();

    /// <summary>"Interval 5 min not carried: …", or null when the value is blank or the default.</summary>
    public static string? Sentence<TServer, TCloud>(FieldDescriptor<TServer, TCloud> field, string? value)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0 || string.Equals(text, field.DefaultValue, StringComparison.OrdinalIgnoreCase)) return null;
        return $"{field.ServerName} {text}{(field.Unit is null ? "" : " " + field.Unit)} {Reason}";
    }

    /// <summary>The sentences as one results.csv cell.</summary>
    public static string Cell(IEnumerable<string> sentences) => string.Join("; ", sentences);
}
