namespace Robot.Domain;

/// <summary>A connection already on Cloud. <see cref="ReadBack"/> holds its fields (never its password) when they were read.</summary>
public sealed record ExistingCloudConnection(string Name, CloudConnection? ReadBack = null)
{
    /// <summary>Whether it polls, as its row shows.</summary>
    public CloudState State { get; init; }
}

/// <summary>An OAuth2 client setting on Cloud, with its Service Provider as the Cloud shows it.</summary>
public sealed record CloudOAuth2Client(string Name, string ServiceProvider);

/// <summary>
/// OAuth2 Credentials on the Server that are not on Cloud after their own step, with what stopped them (NeedsSecret,
/// Invalid, Failed) and why.
/// </summary>
public sealed record HeldCredential(string Name, PlanDecision Decision, string Reason)
{
    /// <summary>What a connection that uses it is told: the credential, and what the person does next.</summary>
    public string ForConnection => Decision == PlanDecision.NeedsSecret
        ? $"its OAuth2 credential '{Name}' needs its client secret in the secrets source (key \"{Kinds.OAuth2.OAuth2Credentials.SecretKey(Name)}\"); add it and run again with --resume"
        : $"its OAuth2 credential '{Name}' could not be migrated ({Reason}); fix that and run again with --resume";
}

/// <summary>What the plan needs to know about the Cloud side.</summary>
public sealed record CloudInventory(IReadOnlyList<ExistingCloudConnection> Connections, IReadOnlyList<CloudOAuth2Client> OAuth2Clients)
{
    /// <summary>
    /// Why the OAuth2 Credentials page could not be read (<see cref="OAuth2Clients"/> is then empty); null when it was.
    /// Only the OAuth connections need it, so only they fail for it.
    /// </summary>
    public string? OAuth2ClientsUnreadable { get; init; }

    /// <summary>
    /// OAuth2 Credentials the Server has that this run could not put on Cloud (a withheld secret, their own failure),
    /// by name without case: a connection that uses one is held back for that reason, not blocked.
    /// </summary>
    public IReadOnlyDictionary<string, HeldCredential> HeldCredentials { get; init; } = new Dictionary<string, HeldCredential>();

    public static CloudInventory Empty { get; } = new([], []);
}
