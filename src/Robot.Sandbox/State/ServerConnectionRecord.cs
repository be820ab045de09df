namespace Robot.Sandbox.State;

/// <summary>A connection as the Server app stores it: every value raw, as the Edit panel shows it.</summary>
public sealed record ServerConnectionRecord(
    int Id,
    string Name,
    string Description,
    string Protocol,
    string Encryption,
    string Host,
    string Username,
    string Password,
    string Port,
    string Timeout,
    string OAuthCredentials,
    string Interval = "1",
    string Folder = "",
    string AfterDownload = "",
    string SharedMailboxAlias = "");
