using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Robot.Sandbox.Sites.Login;

/// <summary>
/// Short-lived, single-use tokens for a login between two pages: the identity provider's ticket the site redeems, and a
/// password login waiting for its one-time code. Each is good for five minutes and once.
/// </summary>
public sealed class LoginTickets(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, (string User, DateTimeOffset Until)> tickets = new();

    public string Issue(string user)
    {
        var ticket = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        tickets[ticket] = (user, clock.GetUtcNow() + Lifetime);
        return ticket;
    }

    /// <summary>The user the ticket was issued for, once; null for an unknown, used or stale ticket.</summary>
    public string? Redeem(string? ticket) =>
        ticket is not null && tickets.TryRemove(ticket, out var held) && held.Until > clock.GetUtcNow() ? held.User : null;

    /// <summary>The user of a ticket, leaving it usable (a wrong code may be typed again).</summary>
    public string? Peek(string? ticket) =>
        ticket is not null && tickets.TryGetValue(ticket, out var held) && held.Until > clock.GetUtcNow() ? held.User : null;
}
