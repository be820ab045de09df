using Robot.Sandbox.State;

namespace Robot.Sandbox.Seed;

/// <summary>The public seed contract of the sandbox (documented in the README).</summary>
public sealed class SeedFile
{
    public ServerSeed Server { get; set; } = new();
    public CloudSeed Cloud { get; set; } = new();
    public List<MailboxSeed> Mailboxes { get; set; } = [];
}

public sealed class ServerSeed
{
    public List<ConnectionSeed> Connections { get; set; } = [];
    public List<OAuthClientSeed> OAuth2Credentials { get; set; } = [];
}

public sealed class CloudSeed
{
    public List<OAuthClientSeed> OAuth2Clients { get; set; } = [];
    public List<ConnectionSeed> Connections { get; set; } = [];
}

/// <summary>One connection. On Server, Protocol holds the Server wording; on Cloud, ServiceProvider the Cloud wording.</summary>
public sealed class ConnectionSeed
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? Protocol { get; set; }
    public string? ServiceProvider { get; set; }
    public string? Encryption { get; set; }
    public string? Host { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string? Port { get; set; }
    public string? Timeout { get; set; }
    public string? OAuthCredentials { get; set; }

    /// <summary>Minutes between two fetches, Server only (the Cloud has no such field); blank is the default, 1.</summary>
    public string? Interval { get; set; }

    /// <summary>The mailbox folder read (blank: the Inbox); the Cloud has a Folder field too.</summary>
    public string? Folder { get; set; }

    /// <summary>Server only: "Mark as read" (blank, the default) or "Delete".</summary>
    public string? AfterDownload { get; set; }

    /// <summary>Server only: the alias of a shared mailbox (blank: "Use a shared mailbox" off).</summary>
    public string? SharedMailboxAlias { get; set; }
}

public sealed class OAuthClientSeed
{
    public string Name { get; set; } = "";
    public string Provider { get; set; } = "";
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? AuthorizationEndpoint { get; set; }
    public string? TokenEndpoint { get; set; }

    /// <summary>Server only: the Edit panel does not show the Client Secret.</summary>
    public bool SecretWithheld { get; set; }

    public OAuthClientRecord ToRecord(string provider) => new(Name, provider)
    {
        ClientId = ClientId ?? "",
        ClientSecret = ClientSecret ?? "",
        AuthorizationEndpoint = AuthorizationEndpoint ?? "",
        TokenEndpoint = TokenEndpoint ?? "",
        SecretWithheld = SecretWithheld,
    };
}

public sealed class MailboxSeed
{
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";
}
