using System.Net.Http.Json;
using System.Text.Json;
using Robot.Sandbox.Hosting;

namespace Robot.EndToEnd.Tests.Support;

public sealed record ServerRecord(
    string Name, string Description, string Protocol, string Encryption, string Host, string Username,
    string Password, string Port, string Timeout, string OAuthCredentials,
    string Interval = "1", string Folder = "", string AfterDownload = "", string SharedMailboxAlias = "");

public sealed record CloudRecord(
    int Id, string Name, string Description, string ServiceProvider, string Encryption, string Host, int? Port,
    string Username, string Password, int? Timeout, string OAuth2Credentials, bool Enabled = false, string Folder = "");

/// <summary>OAuth2 client credentials as a site stores them (the Client Secret in clear: the sandbox's state hook shows it).</summary>
public sealed record OAuthClient(string Name, string Provider, string ClientId = "", string ClientSecret = "", string AuthorizationEndpoint = "", string TokenEndpoint = "");

/// <summary>Both sites' data as the sandbox's test hook GET {cloud}/_sandbox/state shows it (passwords included).</summary>
public sealed record SandboxState(
    IReadOnlyList<ServerRecord> Server,
    IReadOnlyList<OAuthClient> ServerOAuthCredentials,
    IReadOnlyList<CloudRecord> Cloud,
    IReadOnlyList<OAuthClient> CloudOAuthClients,
    string Raw)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<SandboxState> ReadAsync(SandboxHost sandbox)
    {
        using var http = new HttpClient { BaseAddress = sandbox.Urls.Cloud };
        var raw = await http.GetStringAsync("_sandbox/state");
        using var document = JsonDocument.Parse(raw);
        var root = document.RootElement;
        T Read<T>(string site, string list) => root.GetProperty(site).GetProperty(list).Deserialize<T>(Json)!;
        return new SandboxState(
            Read<List<ServerRecord>>("server", "connections"),
            Read<List<OAuthClient>>("server", "oauth2Credentials"),
            Read<List<CloudRecord>>("cloud", "connections"),
            Read<List<OAuthClient>>("cloud", "oauth2Clients"),
            raw);
    }

    /// <summary>The test hook that stands for "the admin migrated the OAuth2 credentials": POST {cloud}/_sandbox/cloud/oauth2-clients.</summary>
    public static async Task AddCloudOAuthClientAsync(SandboxHost sandbox, string name, string provider)
    {
        using var http = new HttpClient { BaseAddress = sandbox.Urls.Cloud };
        using var response = await http.PostAsJsonAsync("_sandbox/cloud/oauth2-clients", new { name, provider });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    public ServerRecord ServerNamed(string name) => Server.Single(c => c.Name == name);

    public CloudRecord? CloudNamed(string name) => Cloud.SingleOrDefault(c => c.Name == name);

    /// <summary>The Cloud, with ids, as a comparable text (to show that a run changed nothing).</summary>
    public string CloudFingerprint() =>
        JsonSerializer.Serialize(new { Cloud = Cloud.OrderBy(c => c.Id), Clients = CloudOAuthClients.OrderBy(c => c.Name) }, Json);
}
