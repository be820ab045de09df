namespace Robot.Domain;

/// <summary>A connection already on Cloud. <see cref="ReadBack"/> holds its fields (never its password) when they were read.</summary>
public sealed record ExistingCloudConnection(string Name, CloudConnection? ReadBack = null)
{
    /// <summary>Whether it polls, as its row shows.</summary>
    public CloudState State { get; init; }
}

/// <summary>An OAuth2 client setting on Cloud, with its Service Provider as the Cloud shows it.</summary>
public sealed record CloudOAuth2Client(string Name, string ServiceProvider);

/// <summary>What the plan needs to know about the Cloud side.</summary>
public sealed record CloudInventory(IReadOnlyList<ExistingCloudConnection> Connections, IReadOnlyList<CloudOAuth2Client> OAuth2Clients)
{
    /// <summary>
    /// Why the OAuth2 Credentials page could not be read (<see cref="OAuth2Clients"/> is then empty); null when it was.
    /// Only the OAuth connections need it, so only they fail for it.
    /// </summary>
    public string? OAuth2ClientsUnreadable { get; init; }

    public static CloudInventory Empty { get; } = new([], []);
}
