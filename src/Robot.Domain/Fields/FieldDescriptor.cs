namespace Robot.Domain.Fields;

/// <summary>
/// One field of a kind of record, described once: where each site shows it (selector keys of selectors/*.json), how
/// it is entered, how its two values are compared and which outputs show it. <typeparamref name="TServer"/> is the
/// record read from the Server, <typeparamref name="TCloud"/> the one written to the Cloud.
/// </summary>
public sealed record FieldDescriptor<TServer, TCloud>
{
    /// <summary>The field's label on the Server: its name in server-fields.json and on the report.</summary>
    public required string ServerName { get; init; }

    /// <summary>The field's label on the Cloud, in cloud-fields.json, the report and every difference; null when the Cloud has no such field.</summary>
    public string? CloudName { get; init; }

    /// <summary>Selector key of the field on the Server's Edit panel (server.json); null when it is not read there.</summary>
    public string? ServerKey { get; init; }

    /// <summary>The Server may not show the field at all (older versions, other skins): its key may be left out of server.json.</summary>
    public bool ServerOptional { get; init; }

    /// <summary>Selector key of the field on the Cloud's Add/Edit panel (cloud.json); null when the Cloud has no such field.</summary>
    public string? CloudKey { get; init; }

    /// <summary>
    /// A Server field beyond the guide's nine that the Cloud may or may not have: its key may be left out of cloud.json,
    /// it is filled only where the Cloud's panel shows it, and otherwise reported as not carried (never as an error).
    /// </summary>
    public bool CloudOptional { get; init; }

    public FieldControl Control { get; init; } = FieldControl.Text;

    /// <summary>The Cloud shows the field but does not take a value for it (a callback URL of its own): read, never filled.</summary>
    public bool CloudReadOnly { get; init; }

    /// <summary>The value as the Server shows it (raw text).</summary>
    public required Func<TServer, string> ServerValue { get; init; }

    /// <summary>The value in the Cloud's wording and units as it is typed or chosen; null where it has none for this record.</summary>
    public Func<TCloud, string?>? CloudValue { get; init; }

    /// <summary>
    /// For a secret field: the secret to type. <see cref="ServerValue"/> and <see cref="CloudValue"/> show only the
    /// mask (or blank), so nothing that compares, records or prints fields ever holds it.
    /// </summary>
    public Func<TCloud, Secret?>? SecretValue { get; init; }

    /// <summary>The rule plan and verify compare the mapped value with the Cloud's by.</summary>
    public FieldComparison Comparison { get; init; } = FieldComparison.None;

    /// <summary>The record's identity (its name): matched on before comparing, so plan does not list it as a difference.</summary>
    public bool Identity { get; init; }

    /// <summary>Filled first: its value decides which other fields the Cloud's panel shows.</summary>
    public bool DecidesShownFields { get; init; }

    /// <summary>Whether the Cloud field applies to this record at all (a password does not to an OAuth connection); null: always.</summary>
    public Func<TCloud, bool>? AppliesTo { get; init; }

    /// <summary>What evidence shows for the Cloud value where the field does not apply; null shows the blank value.</summary>
    public string? NotUsedText { get; init; }

    /// <summary>
    /// For a dropdown: the selector that shows instead when there is nothing to choose, and why the record cannot be
    /// written then (a refusal, not a changed UI).
    /// </summary>
    public string? NoChoicesKey { get; init; }

    public Func<TCloud, string>? NoChoicesReason { get; init; }

    /// <summary>The Server shows both words for the same thing (Protocol beside Service Provider): the report does not mark them as differing.</summary>
    public bool DifferentWordsOnPurpose { get; init; }

    /// <summary>For a Server field the Cloud has no place for: the value that needs no mention (blank also needs none).</summary>
    public string? DefaultValue { get; init; }

    /// <summary>The unit the Server's value is in, for the "not carried" sentence ("min").</summary>
    public string? Unit { get; init; }

    public FieldOutputs Outputs { get; init; } = FieldOutputs.Evidence | FieldOutputs.Report;

    public bool Shows(FieldOutputs output) => (Outputs & output) == output;

    public bool AppliesToRecord(TCloud cloud) => AppliesTo?.Invoke(cloud) ?? true;

    /// <summary>The Server has the field and the Cloud has none: its value is reported, not written.</summary>
    public bool IsNotCarried => ServerKey is not null && CloudKey is null && CloudName is null;

    /// <summary>A field the record holds among its other fields (no property of its own): not carried, or carried where the Cloud shows it.</summary>
    public bool IsOther => IsNotCarried || CloudOptional;
}
