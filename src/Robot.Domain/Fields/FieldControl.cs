namespace Robot.Domain.Fields;

/// <summary>How a field is entered on a panel, which decides how it is filled and read.</summary>
public enum FieldControl
{
    Text,
    Number,
    Dropdown,

    /// <summary>Typed without being traced or logged, never read back, never compared by value, masked in every output.</summary>
    Secret,
}

/// <summary>How the Cloud value a Server connection maps to is compared with the value the Cloud shows (plan and verify).</summary>
public enum FieldComparison
{
    /// <summary>Not compared: a secret, or a field of the Cloud only.</summary>
    None,

    /// <summary>Trimmed, then exact.</summary>
    Exact,

    /// <summary>Trimmed, ignoring case: wordings the Cloud may case differently (provider, encryption, host).</summary>
    IgnoreCase,
}

/// <summary>The outputs besides the panels that show a field.</summary>
[Flags]
public enum FieldOutputs
{
    None = 0,

    /// <summary>evidence/NAME/server-fields.json and cloud-fields.json.</summary>
    Evidence = 1,

    /// <summary>The Server/Cloud field pairs on each card of report.html.</summary>
    Report = 2,
}
