using System.Text.Json;
using Robot.Sandbox.Hosting;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Sites.Cloud;

/// <summary>
/// The Cloud app's JSON API under /rest/api/1/ (what the app's own JavaScript calls; see README.md here).
/// Every call needs the Cloud session cookie, else 401 with "Your session has expired. Log in again.".
/// Errors are always <see cref="ApiError"/>: 400 refused form, 404 unknown id, 409 duplicate name,
/// 415 not JSON, 500 / 503 injected faults (their words from <see cref="FaultOptions"/>).
/// </summary>
internal static class CloudApiEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapCloudApi(this IEndpointRouteBuilder routes, SandboxContext context)
    {
        var api = routes.MapGroup(CloudPaths.Api);
        api.AddEndpointFilter(async (invocation, next) =>
            context.CloudSessions.Touch(invocation.HttpContext) is null ? SessionExpired(context) : await next(invocation));

        api.MapGet("/incoming", (HttpContext http) =>
        {
            if (context.Faults.TakeListExpiry())
            {
                context.CloudSessions.SignOut(http);
                return SessionExpired(context);
            }
            var clients = context.Cloud.OAuth2Clients;
            return Results.Json(new ConnectionList(context.Cloud.Connections.Select(c => ConnectionView.Of(c, clients)).ToList()));
        });
        api.MapGet("/incoming/{id:int}", (int id) => context.Cloud.Find(id) is { } record
            ? Results.Json(ConnectionView.Of(record, context.Cloud.OAuth2Clients))
            : NotFound(id));
        api.MapPost("/incoming/test", (HttpRequest request) => TestAsync(request.HttpContext, context));
        api.MapPost("/incoming", (HttpRequest request) => CreateAsync(request.HttpContext, context));
        api.MapPut("/incoming/{id:int}", (int id, HttpContext http) => UpdateAsync(id, http, context));
        api.MapPost("/incoming/{id:int}/enable", (int id) => Enable(id, context));
        CloudOAuthEndpoints.Map(api, context);
        api.MapFallback("{**path}", (string path) =>
            Results.Json(new ApiError($"No such API: {CloudPaths.Api}/{path}"), statusCode: StatusCodes.Status404NotFound));
        return routes;
    }

    private static IResult SessionExpired(SandboxContext context) =>
        Results.Json(new ApiError(CloudPaths.SessionExpiredMessage, LoginUrl: CloudPaths.AbsoluteLogin(context.Urls)), statusCode: StatusCodes.Status401Unauthorized);

    private static async Task<IResult> TestAsync(HttpContext http, SandboxContext context)
    {
        var (input, bad) = await ReadAsync<ConnectionInput>(http);
        if (input is null) return bad!;
        using var inFlight = await context.Faults.Tests.EnterAsync(http.RequestAborted);
        if (context.Faults.ShouldFailTest()) return Error(StatusCodes.Status503ServiceUnavailable, context.Faults.Options.TestFaultMessage);
        if (input.Id is int id && string.IsNullOrEmpty(input.Password))
        {
            // Edit with the password left blank tests the stored password, as Save would keep it.
            if (context.Cloud.Find(id) is not { } stored) return NotFound(id);
            input = input with { Password = stored.Password };
        }
        var clients = context.Cloud.OAuth2Clients;
        var (form, errors) = CloudConnectionForm.Validate(input, clients, forTest: true);
        if (form is null) return Refused(errors);
        return Results.Json(await CloudConnectionTester.TestAsync(form, clients, context.MailTester, http.RequestAborted));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, SandboxContext context)
    {
        var (input, bad) = await ReadAsync<ConnectionInput>(http);
        if (input is null) return bad!;
        var clients = context.Cloud.OAuth2Clients;
        var (form, errors) = CloudConnectionForm.Validate(input, clients);
        if (form is null) return Refused(errors);
        if (!context.Options.AcceptDuplicateNames && NameTaken(context.Cloud, form.Name, exceptId: null)) return Duplicate(form.Name);
        if (context.Faults.ShouldFailSave()) return Error(StatusCodes.Status500InternalServerError, context.Faults.Options.SaveFaultMessage);

        var now = TimeProvider.System.GetUtcNow();
        var record = context.Cloud.Add(id => new CloudConnectionRecord(
            id, form.Name, form.Description, form.ServiceProvider, form.Encryption, form.Host, form.Port,
            form.Username, form.Password, form.Timeout, form.OAuth2Credentials, Enabled: false, now, form.Folder));
        if (record is null) return Duplicate(form.Name);
        await context.Faults.SlowAnswerAsync(http.RequestAborted);
        return context.Faults.ShouldLoseAnswer()
            ? Error(StatusCodes.Status500InternalServerError, context.Faults.Options.SaveFaultMessage)
            : Results.Created($"{CloudPaths.Api}/incoming/{record.Id}", ConnectionView.Of(record, clients));
    }

    private static async Task<IResult> UpdateAsync(int id, HttpContext http, SandboxContext context)
    {
        var (input, bad) = await ReadAsync<ConnectionInput>(http);
        if (input is null) return bad!;
        if (context.Cloud.Find(id) is not { } existing) return NotFound(id);
        var clients = context.Cloud.OAuth2Clients;
        var (form, errors) = CloudConnectionForm.Validate(input with { Id = null }, clients);
        if (form is null) return Refused(errors);
        if (NameTaken(context.Cloud, form.Name, exceptId: id)) return Duplicate(form.Name);
        if (context.Faults.ShouldFailSave()) return Error(StatusCodes.Status500InternalServerError, context.Faults.Options.SaveFaultMessage);

        // A blank password keeps the stored one; saving an edited connection disables it, as on the real Cloud.
        var password = form.IsOAuth ? "" : form.Password.Length == 0 ? existing.Password : form.Password;
        var record = new CloudConnectionRecord(
            id, form.Name, form.Description, form.ServiceProvider, form.Encryption, form.Host, form.Port,
            form.Username, password, form.Timeout, form.OAuth2Credentials, Enabled: false, TimeProvider.System.GetUtcNow(), form.Folder);
        return context.Cloud.Update(record) ? Results.Json(ConnectionView.Of(record, clients)) : Duplicate(form.Name);
    }

    /// <summary>Enables a connection (its first poll then downloads every message in the folder); one that needs correction is refused.</summary>
    private static IResult Enable(int id, SandboxContext context)
    {
        if (context.Cloud.Find(id) is not { } existing) return NotFound(id);
        var clients = context.Cloud.OAuth2Clients;
        if (CloudConnectionForm.NeedsCorrection(existing, clients))
            return Error(StatusCodes.Status409Conflict, $"'{existing.Name}' needs correction before it can be enabled.");
        var record = existing with { Enabled = true };
        context.Cloud.Update(record);
        return Results.Json(ConnectionView.Of(record, clients));
    }

    private static bool NameTaken(CloudStore store, string name, int? exceptId) =>
        store.Connections.Any(c => c.Id != exceptId && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    internal static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpContext http) where T : class
    {
        if (!http.Request.HasJsonContentType())
            return (null, Error(StatusCodes.Status415UnsupportedMediaType, "Send the request body as application/json."));
        try
        {
            var value = await http.Request.ReadFromJsonAsync<T>(Json, http.RequestAborted);
            return value is null ? (null, Error(StatusCodes.Status400BadRequest, "The request body is empty.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Error(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message}"));
        }
    }

    internal static IResult Refused(IReadOnlyList<FieldError> errors) =>
        Results.Json(new ApiError(string.Join(" ", errors.Select(e => e.Message)), errors), statusCode: StatusCodes.Status400BadRequest);

    private static IResult Duplicate(string name) =>
        Results.Json(new ApiError(CloudConnectionForm.DuplicateName(name), [new("name", CloudConnectionForm.DuplicateName(name))]), statusCode: StatusCodes.Status409Conflict);

    private static IResult NotFound(int id) => Error(StatusCodes.Status404NotFound, $"There is no incoming mail connection with id {id}.");

    private static IResult Error(int status, string message) => Results.Json(new ApiError(message), statusCode: status);
}
