using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Robot.Sandbox.Hosting;

/// <summary>Logged-in sessions of one site. Cookies do not separate ports, so each site has its own cookie name.</summary>
public sealed class SessionStore(string cookieName, int expiryAfterRequests)
{
    private readonly ConcurrentDictionary<string, Session> sessions = new();

    public string CookieName => cookieName;

    public Session Create(string user)
    {
        var session = new Session(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), user);
        this.sessions[session.Token] = session;
        return session;
    }

    /// <summary>The request's live session, counting the request; null when absent or just expired.</summary>
    public Session? Touch(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(cookieName, out var token) || token is null) return null;
        if (!this.sessions.TryGetValue(token, out var session)) return null;
        if (expiryAfterRequests > 0 && Interlocked.Increment(ref session.Requests) > expiryAfterRequests)
        {
            this.sessions.TryRemove(token, out _);
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

    /// <summary>Jira's "administrator access" step: confirmed once per session.</summary>
    public bool AdminAccessConfirmed { get; set; }
}
