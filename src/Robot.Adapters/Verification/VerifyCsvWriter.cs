using CsvHelper.Configuration.Attributes;
using Robot.Adapters.Ledger;
using Robot.Domain;
using Robot.Domain.Verification;

namespace Robot.Adapters.Verification;

/// <summary>verify.csv: one row per field in which Cloud differs from Server. Only a header when nothing differs. Never a password.</summary>
public static class VerifyCsvWriter
{
    public const string FileName = "verify.csv";

    public static readonly string[] Columns = ["name", "field", "server_value", "cloud_value"];

    /// <param name="secrets">Passwords involved; any found in a value is masked (a difference never carries one, this is a second guard).</param>
    public static void Write(string path, IEnumerable<Difference> differences, IEnumerable<Secret?> secrets)
    {
        var known = secrets.ToList();
        CsvFormat.WriteAll(path, differences.Select(difference => VerifyCsvRecord.From(difference, known)));
    }

    private sealed class VerifyCsvRecord
    {
        [Name("name"), Index(0)] public string Name { get; set; } = "";
        [Name("field"), Index(1)] public string Field { get; set; } = "";
        [Name("server_value"), Index(2)] public string ServerValue { get; set; } = "";
        [Name("cloud_value"), Index(3)] public string CloudValue { get; set; } = "";

        public static VerifyCsvRecord From(Difference difference, IReadOnlyList<Secret?> secrets) => new()
        {
            Name = difference.Name,
            Field = difference.Field,
            ServerValue = SecretText.Scrub(difference.Expected, secrets),
            CloudValue = SecretText.Scrub(difference.Actual, secrets),
        };
    }
}
