namespace Robot.Domain.Kinds.OAuth2;

/// <summary>What became of one OAuth2 Credentials in a run; <see cref="CloudCallbackUrl"/> is "" when the Cloud's was not seen.</summary>
public sealed record CredentialOutcome(string Name, ConnectionStatus Status, string ServiceProvider, string CloudCallbackUrl, string Message)
{
    /// <summary>On Cloud after the run, so connections that use it are not blocked.</summary>
    public bool OnCloud => Status.IsDone();

    /// <summary>False when the Server's list lacks it or could not be read: its connections stay blocked-oauth.</summary>
    public bool OnServer { get; init; } = true;

    /// <summary>On the Server but not brought to Cloud: what holds back the connections that use it; null otherwise.</summary>
    public HeldCredential? Held => OnServer && !OnCloud && ConnectionStatuses.Of(Status).FromPlan is { } decision
        ? new HeldCredential(Name, decision, Message)
        : null;

    public string PersonAction => OnCloud && CloudCallbackUrl.Length > 0
        ? $"register {CloudCallbackUrl} as an allowed redirect URI of the app at the provider, then authorise each OAuth mailbox again"
        : "";
}
