namespace Robot.Bench;

/// <summary>
/// One seeded connection in the Server's words. <see cref="PortToken"/> names the sandbox's mail port
/// (imap, imaps, pop3, pop3s) that the seed's <c>{{mail.…}}</c> token becomes.
/// </summary>
public sealed record BenchConnection(
    string Name,
    string Description,
    string Protocol,
    string Encryption,
    string Username,
    string Password,
    string PortToken,
    int TimeoutMs);

/// <summary>A mailbox of the sandbox's Dovecot; every seeded connection logs in to one of them.</summary>
public sealed record BenchMailbox(string Username, string Password);
