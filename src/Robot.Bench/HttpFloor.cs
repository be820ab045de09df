using System.Net;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Robot.Bench;

/// <summary>What the floor took and whether every connection was tested and created.</summary>
public sealed record FloorResult(TimeSpan Wall, int Created, IReadOnlyList<string> Problems);

/// <summary>
/// The HTTP floor: what the robot does per connection, sent straight to the sites' JSON APIs with no browser: one Server
/// login and one Cloud login (as the robot logs in once to each), then per connection the Server's read of it (GET, as
/// the Edit panel fetches it: the robot reads every panel), Test Connection (POST incoming/test) and Save (POST incoming,
/// which creates it), with the same number of connections in flight as the robot has workers.
/// </summary>
public static class HttpFloor
{
    private static readonly Dictionary<string, string> ServiceProviders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IMAP"] = "General IMAP4 service",
        ["POP3"] = "General POP3 service",
    };

    private static readonly Dictionary<string, string> Encryptions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["No Encryption"] = "None",
        ["SSL/TLS"] = "SSL/TLS",
        ["STARTTLS"] = "STARTTLS",
    };

    /// <summary>The Cloud's Service Provider for the connection's Server Protocol (robot.settings.json's ValueMaps).</summary>
    public static string ServiceProviderOf(BenchConnection c) => ServiceProviders[c.Protocol];

    /// <summary>The Cloud's word for the connection's Server Encryption (robot.settings.json's ValueMaps).</summary>
    public static string EncryptionOf(BenchConnection c) => Encryptions[c.Encryption];

    /// <summary>The Cloud form for one connection, as the robot fills it in.</summary>
    public static object Form(BenchConnection c, MailPorts mail) => new
    {
        name = c.Name,
        description = c.Description,
        serviceProvider = ServiceProviderOf(c),
        encryption = EncryptionOf(c),
        host = mail.Host,
        port = mail.Port(c.PortToken),
        username = c.Username,
        password = c.Password,
        timeout = c.TimeoutMs,
    };

    public static async Task<FloorResult> RunAsync(SandboxUrls urls, IReadOnlyList<BenchConnection> connections, int concurrency, CancellationToken cancellationToken)
    {
        using var http = HttpCloudSession.Client(concurrency);
        var cloud = new HttpCloudSession(http, urls);
        var api = cloud.Api;
        var problems = new List<string>();
        var created = 0;

        var stopwatch = Stopwatch.StartNew();
        var server = new HttpServerSession(http, urls);
        if ((await server.LogInAsync(cancellationToken).ConfigureAwait(false) ?? await cloud.LogInAsync(cancellationToken).ConfigureAwait(false)) is { } refused)
            return new FloorResult(stopwatch.Elapsed, 0, [refused]);

        var numbered = connections.Select((c, i) => (Connection: c, Id: i + 1));
        await Parallel.ForEachAsync(numbered, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (item, token) =>
        {
            var c = item.Connection;
            if (await server.FetchAsync(item.Id, c.Name, token).ConfigureAwait(false) is { } unread)
            {
                lock (problems) problems.Add(unread);
                return;
            }
            var form = Form(c, urls.Mail);
            using var test = await http.PostAsJsonAsync(new Uri(api, "incoming/test"), form, token).ConfigureAwait(false);
            var testBody = await test.Content.ReadFromJsonAsync<JsonElement>(token).ConfigureAwait(false);
            if (!test.IsSuccessStatusCode || !testBody.TryGetProperty("success", out var success) || !success.GetBoolean())
            {
                lock (problems) problems.Add($"{c.Name}: Test Connection failed ({(int)test.StatusCode}): {Message(testBody)}");
                return;
            }
            using var save = await http.PostAsJsonAsync(new Uri(api, "incoming"), form, token).ConfigureAwait(false);
            if (save.StatusCode != HttpStatusCode.Created)
            {
                var body = await save.Content.ReadFromJsonAsync<JsonElement>(token).ConfigureAwait(false);
                lock (problems) problems.Add($"{c.Name}: Save answered {(int)save.StatusCode}: {Message(body)}");
                return;
            }
            Interlocked.Increment(ref created);
        }).ConfigureAwait(false);
        stopwatch.Stop();
        return new FloorResult(stopwatch.Elapsed, created, problems);
    }

    private static string Message(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
}
