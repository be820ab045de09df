using System.Globalization;
using Robot.Domain.Fields;

namespace Robot.Domain.Kinds;

/// <summary>The first kind: Incoming Mail Connections, Server Edit panel → Cloud Add/Edit panel.</summary>
public sealed class IncomingMailConnections : IMigrationKind<ServerConnection, CloudConnection>
{
    /// <summary>The kind's word in --kind.</summary>
    public const string Word = "incoming-mail-connections";

    public static IncomingMailConnections Kind { get; } = new();

    private IncomingMailConnections()
    {
        Comparer = new FieldComparer<ServerConnection, CloudConnection>(Fields);
    }

    public string Title => "Incoming Mail Connections";

    public FieldList<ServerConnection, CloudConnection> Fields { get; } = new(IncomingMailFields.All);

    public FieldComparer<ServerConnection, CloudConnection> Comparer { get; }

    public ServerConnection ServerRecord(IReadOnlyDictionary<string, string?> byServerName)
    {
        string? Value(string name) => byServerName.GetValueOrDefault(name);
        var password = Value(IncomingMailFields.Password);
        return new ServerConnection(
            Name: Value("Name") ?? "",
            Description: Value("Description") ?? "",
            Protocol: Value("Protocol") ?? "",
            Encryption: Value("Encryption") ?? "",
            Host: Value("Host") ?? "",
            Username: Value("Username") ?? "",
            // A blank password field means the Server withholds it: null, never "".
            Password: Secret.OrNull(password),
            Port: Value("Port") ?? "",
            Timeout: Value("Timeout") ?? "",
            OAuthCredentials: password is null ? Value(IncomingMailFields.OAuthCredentials) ?? "" : "")
        {
            Others = OtherFields.Of(Fields.All.Where(f => f.IsOther)
                .Select(f => (f.ServerName, Value(f.ServerName)))),
        };
    }

    public CloudConnection CloudRecord(IReadOnlyDictionary<string, string?> byCloudName)
    {
        string? Value(string name) => byCloudName.GetValueOrDefault(name);
        return new CloudConnection(
            Name: Value("Name") ?? "",
            Description: Value("Description") ?? "",
            ServiceProvider: Value(IncomingMailFields.ServiceProvider) ?? "",
            Encryption: Value("Encryption") ?? "",
            Host: Value("Host") ?? "",
            Port: ParseNumber(Value("Port")),
            Username: Value("Username") ?? "",
            Password: null,
            Timeout: ParseNumber(Value("Timeout")),
            OAuth2Credentials: Value(IncomingMailFields.OAuth2Credentials))
        {
            // Kept by the Server's label, as the mapping keeps them, so the two records compare field by field.
            Others = OtherFields.Of(Fields.All.Where(f => f.CloudOptional).Select(f => (f.ServerName, Value(f.CloudName!)))),
        };
    }

    public IReadOnlyList<string> NotCarried(ServerConnection server) => Fields.NotCarriedValues(server);

    private static int? ParseNumber(string? text) =>
        int.TryParse((text ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
