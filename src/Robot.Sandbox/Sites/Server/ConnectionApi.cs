using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Sites.Server;

/// <summary>
/// The JSON API behind the Edit dialog and the row menu, under /rest/eti/1.0/incoming. A missing or expired session
/// answers 401 (the page's script then goes to the login page). Reading a connection is deliberately slow
/// (150–400 ms), like the real panel. The Server is read-only in the sandbox: Save and Delete are refused.
/// </summary>
internal static class ConnectionApi
{
    public const string ReadOnlyMessage = "The Server is read-only in the rehearsal sandbox: nothing was saved.";
    public const string DeleteDisabledMessage = "Deleting is disabled in the rehearsal sandbox.";

    public static void Map(IEndpointRouteBuilder api, SandboxContext context, ConnectionHealth health)
    {
        api.MapGet(ServerPaths.RestIncoming + "/{id:int}", async (int id, HttpContext http) =>
        {
            await Task.Delay(Random.Shared.Next(150, 401), http.RequestAborted);
            var c = context.Server.Find(id);
            if (c is null) return NotFound(id);
            await LateFill.NeverAnswerIfAskedAsync(context.Options.Quirks, c, http);
            var withheld = context.Server.WithholdPasswords;
            return Results.Json(new
            {
                id = c.Id,
                name = c.Name,
                description = c.Description,
                protocol = c.Protocol,
                encryption = c.Encryption,
                host = c.Host,
                username = c.Username,
                password = withheld ? "" : c.Password,
                passwordWithheld = withheld,
                port = c.Port,
                timeout = c.Timeout,
                interval = c.Interval,
                folder = c.Folder,
                afterDownload = c.AfterDownload,
                sharedMailboxAlias = c.SharedMailboxAlias,
                oauthCredentials = c.OAuthCredentials,
                oauth = ServerVocabulary.IsOAuth(c.Protocol),
            });
        });

        api.MapPut(ServerPaths.RestIncoming + "/{id:int}", (int id) =>
            context.Server.Find(id) is null ? NotFound(id) : Results.Json(new { message = ReadOnlyMessage }, statusCode: StatusCodes.Status403Forbidden));

        api.MapDelete(ServerPaths.RestIncoming + "/{id:int}", (int id) =>
            context.Server.Find(id) is null ? NotFound(id) : Results.Json(new { message = DeleteDisabledMessage }, statusCode: StatusCodes.Status403Forbidden));

        api.MapPost(ServerPaths.RestIncoming + "/{id:int}/test", async (int id, HttpContext http) =>
        {
            var c = context.Server.Find(id);
            if (c is null) return NotFound(id);
            var result = await ServerMailTest.RunAsync(context, c, http.RequestAborted);
            health.Record(id, result.Success);
            var status = ConnectionHealth.Describe(health.Of(c));
            return Results.Json(new { success = result.Success, message = result.Message, status = status.Text, statusClass = status.CssClass, statusTitle = status.Explanation });
        });
    }

    private static IResult NotFound(int id) =>
        Results.Json(new { message = $"There is no incoming mail connection with id {id}." }, statusCode: StatusCodes.Status404NotFound);
}
