using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Robot.Sandbox.Hosting;

/// <summary>
/// Logged-in sessions of one site. Cookies do not separate ports, so each site has its own cookie name. A session ends
/// after <paramref name="expiryAfterRequests"/> requests, or <paramref name="lifetime"/> after it began (each when set).
/// </summary>
public sealed class SessionStore(string cookieName, int expiryAfterRequests, TimeSpan? lifetime = null, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    private readonly ConcurrentDictionary<string, Session> sessions = new();
    private readonly ConcurrentQueue<string> issued = new();
    private int expired;

    public string CookieName => cookieName;

    /// <summary>Every session token this site ever handed out (live or not): secrets no artifact may hold.</summary>
    public IReadOnlyList<string> IssuedTokens => issued.ToArray();

    /// <summary>How many sessions ended by <c>SessionExpiryRequests</c>, so a fault test can show expiries happened.</summary>
    public int Expired => Volatile.Read(ref this.expired);

    public Session Create(string user)
    {
        var session = new Session(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), user) { Began = time.GetUtcNow() };
        this.sessions[session.Token] = session;
        issued.Enqueue(session.Token);
        return session;
    }

    /// <summary>The request's live session, counting the request; null when absent or just expired.</summary>
    public Session? Touch(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(cookieName, out var token) || token is null) return null;
        if (!this.sessions.TryGetValue(token, out var session)) return null;
        var tooOld = lifetime is { } limit && time.GetUtcNow() - session.Began > limit;
        if (tooOld || (expiryAfterRequests > 0 && Interlocked.Increment(ref session.Requests) > expiryAfterRequests))
        {
            if (this.sessions.TryRemove(token, out _)) Interlocked.Increment(ref this.expired);
            return null;
        }
        return session;
    }

    public Session SignIn(HttpContext context, string user)
    {
        var session = Create(user);
        context.Response.Cookies.Append(cookieName, session.Token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/" });
        return session;
    }

    /// <summary>Ends every session at once, as if each one's lifetime ran out now (the rehearsal's control for expiry tests).</summary>
    public int ExpireAll()
    {
        var count = this.sessions.Count;
        this.sessions.Clear();
        return count;
    }

    public void SignOut(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(cookieName, out var token) && token is not null) this.sessions.TryRemove(token, out _);
        context.Response.Cookies.Delete(cookieName);
    }
}

public sealed class Session(string token, string user)
{
    public string Token { get; } = token;
    public string User { get; } = user;
    public int Requests;

    public DateTimeOffset Began { get; init; }

    /// <summary>Jira's "administrator access" step: confirmed once per session.</summary>
    public bool AdminAccessConfirmed { get; set; }
}
