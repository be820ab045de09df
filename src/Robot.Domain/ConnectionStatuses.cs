namespace Robot.Domain;

/// <summary>
/// Everything about one status, in one row: its word, its colours, what it weighs in the exit code, the plan
/// decision that ends in it without touching the Cloud, its place on the report, and its line in the README.
/// </summary>
/// <param name="ConsoleColour">Spectre.Console colour of the word on the console, the live progress line and the summary.</param>
/// <param name="ReportStyle">CSS of the word's badge on report.html.</param>
/// <param name="ExitWeight">0: done; 1 (ExitCodes.NeedsAttention): a run with one ends with exit code 1.</param>
/// <param name="FromPlan">The plan decision that ends in this status without a write; null when only a write gives it.</param>
/// <param name="AttentionRank">Where its cards come on report.html, first being 0; null: after every ranked one.</param>
/// <param name="Meaning">Its line in the README's outcome table (a test compares them).</param>
public sealed record StatusEntry(
    ConnectionStatus Status,
    string Word,
    string ConsoleColour,
    string ReportStyle,
    int ExitWeight,
    PlanDecision? FromPlan,
    int? AttentionRank,
    string Meaning);

/// <summary>The table of every <see cref="ConnectionStatus"/>, in the order an operator reads them.</summary>
public static class ConnectionStatuses
{
    private const string DoneStyle = "background:#e3fcef;color:#006644";
    private const string FailedStyle = "background:#ffebe6;color:#bf2600";
    private const string WaitingStyle = "background:#fffae6;color:#974f0c";

    public static IReadOnlyList<StatusEntry> All { get; } =
    [
        new(ConnectionStatus.Migrated, "migrated", "green", DoneStyle, 0, null, null,
            "created on Cloud; Test Connection passed (or `--save-on-test-failure` saved it anyway, and the message says so) and the row was seen in the list"),
        new(ConnectionStatus.Updated, "updated", "green", DoneStyle, 0, null, null,
            "existed on Cloud, edited under `--update-existing` until it matched Server"),
        new(ConnectionStatus.AlreadyExists, "already-exists", "blue", DoneStyle, 0, PlanDecision.AlreadyExists, null,
            "a connection of that name is on Cloud (and, under `--update-existing`, already equal); nothing touched"),
        new(ConnectionStatus.TestFailed, "test-failed", "red", FailedStyle, 1, null, 0,
            "Test Connection (or `--preflight`) failed; not saved; the message holds the mail server's words"),
        new(ConnectionStatus.BlockedOAuth, "blocked-oauth", "yellow", WaitingStyle, 1, PlanDecision.BlockedOAuth, 1,
            "OAuth connection whose OAuth2 credentials are not on Cloud and cannot be brought there in this run (the Server's OAuth2 Credentials list lacks them, or `--kind` leaves credentials out): migrate them first; a later run picks it up"),
        new(ConnectionStatus.NeedsPassword, "needs-password", "yellow", WaitingStyle, 1, PlanDecision.NeedsPassword, 4,
            "the Server withheld the password and no secrets source has it; never saved blank"),
        new(ConnectionStatus.NeedsSecret, "needs-secret", "yellow", WaitingStyle, 1, PlanDecision.NeedsSecret, 5,
            "OAuth2 Credentials whose Client Secret the Server withholds and no secrets source has (key `OAuth2 Credentials: NAME`); not created, never saved blank. An OAuth connection that uses them gets it too, its message naming them: add the secret and run again with `--resume`"),
        new(ConnectionStatus.Invalid, "invalid", "yellow", WaitingStyle, 1, PlanDecision.Invalid, 3,
            "Server data the Cloud cannot take (unknown protocol, port out of range, missing host, duplicate name…); field and value named"),
        new(ConnectionStatus.Failed, "failed", "red", FailedStyle, 1, PlanDecision.Failed, 2,
            "a system fault outlived its retries, or the Cloud refused the save (validation), or something the connection needs could not be read (its Server Edit panel did not fill in; the Cloud's OAuth2 Credentials page, for OAuth connections only), or its OAuth2 credentials failed to migrate; the message says which and at what step"),
    ];

    private static readonly Dictionary<ConnectionStatus, StatusEntry> ByStatus = All.ToDictionary(entry => entry.Status);

    public static StatusEntry Of(ConnectionStatus status) =>
        ByStatus.TryGetValue(status, out var entry) ? entry : throw new ArgumentOutOfRangeException(nameof(status), status, "no row in ConnectionStatuses");

    /// <summary>The status a planned connection ends in when its decision leaves the Cloud untouched.</summary>
    public static ConnectionStatus Untouched(PlanDecision decision) =>
        All.FirstOrDefault(entry => entry.FromPlan == decision)?.Status
        ?? throw new ArgumentOutOfRangeException(nameof(decision), decision, "a decision that writes has no untouched status");
}
