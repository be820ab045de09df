namespace Robot.Sandbox.Hosting;

/// <summary>
/// How a person gets into each site, beyond its own password form: the Cloud behind a one-time-code step and/or an SSO
/// redirect to the identity provider's origin, the Server behind a SAML-like redirect there; sessions that end after a
/// number of minutes. All off by default.
/// </summary>
public sealed record LoginOptions
{
    /// <summary>After the password, the Cloud asks for an RFC 6238 code of <see cref="TotpSecret"/>.</summary>
    public bool CloudTotp { get; init; }

    /// <summary>The Cloud's login page sends the person to the identity provider, which sends them back with a ticket.</summary>
    public bool CloudSso { get; init; }

    /// <summary>The Server's login page sends the person to the identity provider, which posts a signed-in assertion back.</summary>
    public bool ServerSso { get; init; }

    /// <summary>Minutes a session of either site lasts from its login; 0 = as long as the sandbox runs.</summary>
    public double SessionMinutes { get; init; }

    /// <summary>The Base32 secret the Cloud's one-time codes are made of (printed at start, as an authenticator app's setup shows it).</summary>
    public string TotpSecret { get; init; } = Sites.Login.Totp.NewSecret();

    /// <summary>The account the identity provider knows (its own form, its own password).</summary>
    public SiteLogin IdpUser { get; init; } = new("jdoe@corp.example", "idp-sandbox-pw");

    public TimeSpan? SessionLifetime => SessionMinutes > 0 ? TimeSpan.FromMinutes(SessionMinutes) : null;
}
