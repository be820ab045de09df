using System.Globalization;
using CsvHelper.Configuration.Attributes;
using Robot.Domain;

namespace Robot.Adapters.Ledger;

/// <summary>The columns of results.csv, in order.</summary>
internal sealed class LedgerCsvRecord
{
    [Name("run_id"), Index(0)] public string RunId { get; set; } = "";
    [Name("finished_utc"), Index(1)] public string FinishedUtc { get; set; } = "";
    [Name("name"), Index(2)] public string Name { get; set; } = "";
    [Name("server_protocol"), Index(3)] public string ServerProtocol { get; set; } = "";
    [Name("service_provider"), Index(4)] public string ServiceProvider { get; set; } = "";
    [Name("encryption"), Index(5)] public string Encryption { get; set; } = "";
    [Name("host"), Index(6)] public string Host { get; set; } = "";
    [Name("port"), Index(7)] public string Port { get; set; } = "";
    [Name("username"), Index(8)] public string Username { get; set; } = "";
    [Name("status"), Index(9)] public string Status { get; set; } = "";
    [Name("test_connection"), Index(10)] public string TestConnection { get; set; } = "";
    [Name("message"), Index(11)] public string Message { get; set; } = "";
    [Name("attempts"), Index(12)] public int Attempts { get; set; }
    [Name("duration_ms"), Index(13)] public long DurationMs { get; set; }
    [Name("evidence"), Index(14)] public string Evidence { get; set; } = "";
    // Optional so that a results file written before these columns existed still reads.
    [Name("mail_check"), Index(15), Optional] public string MailCheck { get; set; } = "";
    [Name("mail_latency_ms"), Index(16), Optional] public string MailLatencyMs { get; set; } = "";
    [Name("not_carried"), Index(17), Optional] public string NotCarried { get; set; } = "";
    [Name("cloud_state"), Index(18), Optional] public string CloudState { get; set; } = "";

    public static readonly string[] Columns =
    [
        "run_id", "finished_utc", "name", "server_protocol", "service_provider", "encryption", "host", "port",
        "username", "status", "test_connection", "message", "attempts", "duration_ms", "evidence",
        "mail_check", "mail_latency_ms", "not_carried", "cloud_state",
    ];

    /// <summary>The columns of a results file written before the mail check existed; a resumed run reads and extends it.</summary>
    public static readonly string[] ColumnsBeforeMailCheck = Columns[..15];

    /// <summary>The columns of a results file written before not_carried existed; a resumed run reads and extends it.</summary>
    public static readonly string[] ColumnsBeforeNotCarried = Columns[..17];

    /// <summary>The columns of a results file written before cloud_state existed; a resumed run reads and extends it.</summary>
    public static readonly string[] ColumnsBeforeCloudState = Columns[..18];

    public static LedgerCsvRecord From(LedgerRow row) => new()
    {
        RunId = row.RunId,
        FinishedUtc = row.FinishedUtc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        Name = row.Name,
        ServerProtocol = row.ServerProtocol,
        ServiceProvider = row.ServiceProvider,
        Encryption = row.Encryption,
        Host = row.Host,
        Port = row.Port,
        Username = row.Username,
        Status = row.Status,
        TestConnection = row.TestConnection,
        Message = row.Message,
        Attempts = row.Attempts,
        DurationMs = row.DurationMs,
        Evidence = row.Evidence,
        MailCheck = row.MailCheck,
        MailLatencyMs = row.MailLatencyMs,
        NotCarried = row.NotCarried,
        CloudState = row.CloudState,
    };

    public LedgerRow ToRow() => new(
        RunId,
        DateTimeOffset.Parse(FinishedUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        Name, ServerProtocol, ServiceProvider, Encryption, Host, Port, Username, Status, TestConnection, Message,
        Attempts, DurationMs, Evidence, MailCheck ?? "", MailLatencyMs ?? "", NotCarried ?? "", CloudState ?? "");
}
