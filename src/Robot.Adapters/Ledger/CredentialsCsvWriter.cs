using CsvHelper.Configuration.Attributes;

namespace Robot.Adapters.Ledger;

/// <summary>One row of oauth2-credentials.csv: what became of one OAuth2 Credentials in the run (never its secret).</summary>
public sealed record CredentialCsvRow(
    [property: Name("kind")] string Kind,
    [property: Name("name")] string Name,
    [property: Name("status")] string Status,
    [property: Name("service_provider")] string ServiceProvider,
    [property: Name("cloud_callback_url")] string CloudCallbackUrl,
    [property: Name("person_action")] string PersonAction,
    [property: Name("message")] string Message)
{
    /// <summary>The file's header, in order.</summary>
    public static readonly string[] Columns = ["kind", "name", "status", "service_provider", "cloud_callback_url", "person_action", "message"];
}

/// <summary>One row of oauth2-credentials-plan.csv: what migrate would do with one OAuth2 Credentials, and why.</summary>
public sealed record CredentialPlanCsvRow(
    [property: Name("kind")] string Kind,
    [property: Name("name")] string Name,
    [property: Name("decision")] string Decision,
    [property: Name("service_provider")] string ServiceProvider,
    [property: Name("reason")] string Reason);

/// <summary>
/// oauth2-credentials.csv beside results.csv: the second kind's results in a file of their own (written by
/// <see cref="CsvCredentialsLedger"/>), so results.csv keeps one row per connection (what merge reads). Each row still names its kind.
/// </summary>
public static class CredentialsCsvWriter
{
    public const string FileName = "oauth2-credentials.csv";

    /// <summary>What plan writes beside plan.csv.</summary>
    public const string PlanFileName = "oauth2-credentials-plan.csv";

    public static void WritePlan(string path, IEnumerable<CredentialPlanCsvRow> rows) => CsvFormat.WriteAll(path, rows);
}
