using CsvHelper.Configuration.Attributes;
using Robot.Domain;

namespace Robot.Adapters.Ledger;

/// <summary>inventory.csv: every Server connection with all its fields but the password.</summary>
public static class InventoryCsvWriter
{
    public const string FileName = "inventory.csv";

    public static void Write(string path, IEnumerable<ServerConnection> connections) =>
        CsvFormat.WriteAll(path, connections.Select(InventoryCsvRecord.From));

    private sealed class InventoryCsvRecord
    {
        [Name("name"), Index(0)] public string Name { get; set; } = "";
        [Name("description"), Index(1)] public string Description { get; set; } = "";
        [Name("protocol"), Index(2)] public string Protocol { get; set; } = "";
        [Name("encryption"), Index(3)] public string Encryption { get; set; } = "";
        [Name("host"), Index(4)] public string Host { get; set; } = "";
        [Name("port"), Index(5)] public string Port { get; set; } = "";
        [Name("username"), Index(6)] public string Username { get; set; } = "";
        [Name("timeout"), Index(7)] public string Timeout { get; set; } = "";
        [Name("oauth_credentials"), Index(8)] public string OAuthCredentials { get; set; } = "";
        [Name("has_password"), Index(9)] public string HasPassword { get; set; } = "";

        public static InventoryCsvRecord From(ServerConnection server)
        {
            Secret?[] secrets = [server.Password];
            return new InventoryCsvRecord
            {
                Name = server.Name,
                Description = SecretText.Scrub(server.Description, secrets),
                Protocol = server.Protocol,
                Encryption = server.Encryption,
                Host = server.Host,
                Port = server.Port,
                Username = SecretText.Scrub(server.Username, secrets),
                Timeout = server.Timeout,
                OAuthCredentials = server.OAuthCredentials,
                HasPassword = server.HasPassword ? "yes" : "no",
            };
        }
    }
}
