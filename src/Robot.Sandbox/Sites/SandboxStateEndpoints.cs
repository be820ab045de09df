using Robot.Sandbox.Hosting;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Sites;

/// <summary>
/// GET /_sandbox/state: both sites' connections and OAuth2 credentials as JSON, passwords and client secrets included (a rehearsal sandbox),
/// so tests can compare Cloud to Server field by field. POST /_sandbox/cloud/oauth2-clients adds a client;
/// POST /_sandbox/reset puts the Cloud back to the seed's (the Server never changes).
/// </summary>
public static class SandboxStateEndpoints
{
    public static IEndpointRouteBuilder MapSandboxState(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        routes.MapGet("/_sandbox/state", () => Results.Json(new
        {
            server = new { connections = context.Server.All, oauth2Credentials = context.Server.OAuthCredentials },
            cloud = new { connections = context.Cloud.Connections, oauth2Clients = context.Cloud.OAuth2Clients, oauth2CallbackUrl = OAuthCallback.Cloud(context.Urls) },
            mail = context.Mail,
        }));
        routes.MapPost("/_sandbox/cloud/oauth2-clients", (OAuthClientRecord client) =>
        {
            var provider = CloudVocabulary.NormalizeOAuthProvider(client.Provider);
            if (string.IsNullOrWhiteSpace(client.Name) || provider is null) return Results.BadRequest(new { error = "name and provider (gmail or microsoft365) are required" });
            return context.Cloud.AddOAuth2Client(client with { Provider = provider })
                ? Results.Created("/_sandbox/state", client with { Provider = provider })
                : Results.Conflict(new { error = $"an OAuth2 client named '{client.Name}' already exists" });
        });
        // Every session of both sites ends now, as if its lifetime ran out: expiry tests need no wait for a clock.
        routes.MapPost("/_sandbox/sessions/expire", () =>
            Results.Json(new { ended = context.ServerSessions.ExpireAll() + context.CloudSessions.ExpireAll() }));
        routes.MapPost("/_sandbox/reset", () =>
        {
            context.Cloud.Reset();
            return Results.NoContent();
        });
        return routes;
    }
}
