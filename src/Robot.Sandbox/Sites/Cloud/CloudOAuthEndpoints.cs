using Robot.Sandbox.Hosting;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Sites.Cloud;

/// <summary>
/// The app's OAuth2 Credentials API: GET /oauth2-clients (?serviceProvider filters, ?view names the caller),
/// POST to add, PUT /oauth2-clients/{name} to edit (a blank Client Secret keeps the stored one). 400 names each
/// refused field; 409 a name taken.
/// </summary>
internal static class CloudOAuthEndpoints
{
    public static void Map(RouteGroupBuilder api, SandboxContext context)
    {
        api.MapGet("/oauth2-clients", async (string? serviceProvider, string? view, HttpContext http) =>
        {
            if (view == "credentials-page" && context.Options.Quirks.CloudOAuthCredentialsPageHangs)
                await HeldRequest.HoldAsync(http);
            var provider = CloudVocabulary.NormalizeOAuthProvider(serviceProvider);
            var clients = context.Cloud.OAuth2Clients.Where(c => serviceProvider is null || c.Provider == provider);
            return Results.Json(new OAuthClientList(clients.Select(OAuthClientView.Of).ToList(), OAuthCallback.Cloud(context.Urls)));
        });
        api.MapPost("/oauth2-clients", async (HttpContext http) =>
        {
            var (input, bad) = await CloudApiEndpoints.ReadAsync<OAuthClientInput>(http);
            if (input is null) return bad!;
            var (client, errors) = Validate(input, existing: null);
            if (client is null) return CloudApiEndpoints.Refused(errors);
            return context.Cloud.AddOAuth2Client(client)
                ? Results.Created($"{CloudPaths.Api}/oauth2-clients", OAuthClientView.Of(client))
                : NameTaken(client.Name);
        });
        api.MapPut("/oauth2-clients/{name}", async (string name, HttpContext http) =>
        {
            var (input, bad) = await CloudApiEndpoints.ReadAsync<OAuthClientInput>(http);
            if (input is null) return bad!;
            var existing = context.Cloud.OAuth2Clients.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
            if (existing is null) return Results.Json(new ApiError($"There are no OAuth2 credentials named '{name}'."), statusCode: StatusCodes.Status404NotFound);
            var (client, errors) = Validate(input, existing);
            if (client is null) return CloudApiEndpoints.Refused(errors);
            return context.Cloud.UpdateOAuth2Client(existing.Name, client) ? Results.Json(OAuthClientView.Of(client)) : NameTaken(client.Name);
        });
    }

    /// <summary>Every field is required (the secret only on Add); both endpoints must be absolute http(s) addresses.</summary>
    public static (OAuthClientRecord? Client, IReadOnlyList<FieldError> Errors) Validate(OAuthClientInput input, OAuthClientRecord? existing)
    {
        var errors = new List<FieldError>();
        var name = (input.Name ?? "").Trim();
        var provider = CloudVocabulary.NormalizeOAuthProvider(input.ServiceProvider);
        var secret = input.ClientSecret ?? "";
        if (name.Length == 0) errors.Add(new("name", "Name is required."));
        if (provider is null) errors.Add(new("serviceProvider", $"Service Provider must be {CloudVocabulary.Gmail} or {CloudVocabulary.Microsoft365}."));
        if (string.IsNullOrWhiteSpace(input.ClientId)) errors.Add(new("clientId", "Client ID is required."));
        if (secret.Length == 0 && existing is null) errors.Add(new("clientSecret", "Client Secret is required."));
        CheckEndpoint(input.AuthorizationEndpoint, "authorizationEndpoint", "Authorization Endpoint", errors);
        CheckEndpoint(input.TokenEndpoint, "tokenEndpoint", "Token Endpoint", errors);
        if (errors.Count > 0) return (null, errors);
        return (new OAuthClientRecord(name, provider!)
        {
            ClientId = input.ClientId!.Trim(),
            ClientSecret = secret.Length == 0 ? existing!.ClientSecret : secret,
            AuthorizationEndpoint = input.AuthorizationEndpoint!.Trim(),
            TokenEndpoint = input.TokenEndpoint!.Trim(),
        }, errors);
    }

    private static void CheckEndpoint(string? value, string field, string label, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(new(field, $"{label} is required."));
        else if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            errors.Add(new(field, $"{label} must be an http(s) address."));
    }

    private static IResult NameTaken(string name) =>
        Results.Json(new ApiError($"OAuth2 credentials named '{name}' already exist.", [new("name", $"OAuth2 credentials named '{name}' already exist.")]),
            statusCode: StatusCodes.Status409Conflict);
}
