using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Sites.Server;

internal enum Gate
{
    /// <summary>A page that needs a logged-in session.</summary>
    Page,

    /// <summary>An admin page: a session and, once per session, the administrator access step.</summary>
    AdminPage,

    /// <summary>The JSON API the pages call: 401 instead of a redirect.</summary>
    Api,
}

/// <summary>
/// Counts the request against the session (SessionStore.Touch applies the expiry fault), then either lets it
/// through or sends it to the login page / the administrator access step, as Jira does.
/// </summary>
internal sealed class SessionGate(SandboxContext context, Gate gate) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        var session = context.ServerSessions.Touch(http);
        if (session is null)
        {
            return gate == Gate.Api
                ? Results.Json(new { message = "Your session has expired. Log in again." }, statusCode: StatusCodes.Status401Unauthorized)
                : Results.Redirect(ServerPaths.LoginFor(ServerPaths.Here(http)));
        }
        if (gate != Gate.Page && !session.AdminAccessConfirmed)
        {
            return gate == Gate.Api
                ? Results.Json(new { message = "Administrator access is required." }, statusCode: StatusCodes.Status401Unauthorized)
                : Results.Redirect(ServerPaths.WebSudoFor(ServerPaths.Here(http)));
        }
        http.Items[typeof(Session)] = session;
        return await next(invocation);
    }
}

internal static class SessionGateExtensions
{
    public static TBuilder RequireServerSession<TBuilder>(this TBuilder builder, SandboxContext context, Gate gate)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new SessionGate(context, gate));

    /// <summary>The session the gate let through.</summary>
    public static Session ServerSession(this HttpContext http) =>
        http.Items[typeof(Session)] as Session ?? throw new InvalidOperationException("no Server session on this request");
}
