namespace Robot.Domain;

/// <summary>Names the fields in which a Cloud connection read back differs from the mapped one. Passwords cannot be read back, so they are not compared.</summary>
public static class CloudFieldComparer
{
    public static IReadOnlyList<string> Differences(CloudConnection wanted, CloudConnection actual)
    {
        var fields = new List<string>();
        if (!SameText(wanted.Description, actual.Description, StringComparison.Ordinal)) fields.Add(nameof(wanted.Description));
        if (!SameText(wanted.ServiceProvider, actual.ServiceProvider, StringComparison.OrdinalIgnoreCase)) fields.Add("Service Provider");
        if (!SameText(wanted.Encryption, actual.Encryption, StringComparison.OrdinalIgnoreCase)) fields.Add(nameof(wanted.Encryption));
        if (!SameText(wanted.Host, actual.Host, StringComparison.OrdinalIgnoreCase)) fields.Add(nameof(wanted.Host));
        if (wanted.Port != actual.Port) fields.Add(nameof(wanted.Port));
        if (!SameText(wanted.Username, actual.Username, StringComparison.Ordinal)) fields.Add(nameof(wanted.Username));
        if (wanted.Timeout != actual.Timeout) fields.Add(nameof(wanted.Timeout));
        if (!SameText(wanted.OAuth2Credentials, actual.OAuth2Credentials, StringComparison.Ordinal)) fields.Add("OAuth2 Credentials");
        return fields;
    }

    private static bool SameText(string? a, string? b, StringComparison comparison) =>
        string.Equals((a ?? "").Trim(), (b ?? "").Trim(), comparison);
}
