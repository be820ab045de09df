using System.Globalization;
using CsvHelper.Configuration.Attributes;
using Robot.Domain;

namespace Robot.Adapters.Ledger;

/// <summary>plan.csv: what a migration would do with each connection, and why.</summary>
public static class PlanCsvWriter
{
    public const string FileName = "plan.csv";

    public static void Write(string path, IEnumerable<PlannedConnection> plan) =>
        CsvFormat.WriteAll(path, plan.Select(PlanCsvRecord.From));

    private sealed class PlanCsvRecord
    {
        [Name("name"), Index(0)] public string Name { get; set; } = "";
        [Name("server_protocol"), Index(1)] public string ServerProtocol { get; set; } = "";
        [Name("service_provider"), Index(2)] public string ServiceProvider { get; set; } = "";
        [Name("encryption"), Index(3)] public string Encryption { get; set; } = "";
        [Name("host"), Index(4)] public string Host { get; set; } = "";
        [Name("port"), Index(5)] public string Port { get; set; } = "";
        [Name("username"), Index(6)] public string Username { get; set; } = "";
        [Name("decision"), Index(7)] public string Decision { get; set; } = "";
        [Name("reason"), Index(8)] public string Reason { get; set; } = "";

        public static PlanCsvRecord From(PlannedConnection planned)
        {
            var server = planned.Server;
            var cloud = planned.Cloud;
            return new PlanCsvRecord
            {
                Name = server.Name,
                ServerProtocol = server.Protocol,
                ServiceProvider = cloud?.ServiceProvider ?? "",
                Encryption = cloud?.Encryption ?? server.Encryption,
                Host = cloud?.Host ?? server.Host,
                Port = cloud?.Port?.ToString(CultureInfo.InvariantCulture) ?? server.Port,
                Username = SecretText.Scrub(server.Username, planned.Secrets),
                Decision = planned.Decision.ToWire(),
                Reason = SecretText.Scrub(planned.Reason, planned.Secrets),
            };
        }
    }
}
