using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Robot.Bench;

/// <summary>What the floor took and whether every connection was tested and created.</summary>
public sealed record FloorResult(TimeSpan Wall, int Created, IReadOnlyList<string> Problems);

/// <summary>
/// The floor: what the robot does per connection, sent straight to the Cloud app's JSON API with no browser: one
/// Cloud login (as the robot logs in once), then per connection Test Connection (POST incoming/test) and Save (POST
/// incoming, which creates it), with the same number of connections in flight as the robot has workers. The Server
/// side costs the floor nothing: it already knows every connection's fields.
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

    /// <summary>The Cloud form for one connection, as the robot fills it in.</summary>
    public static object Form(BenchConnection c, MailPorts mail) => new
    {
        name = c.Name,
        description = c.Description,
        serviceProvider = ServiceProviders[c.Protocol],
        encryption = Encryptions[c.Encryption],
        host = mail.Host,
        port = mail.Port(c.PortToken),
        username = c.Username,
        password = c.Password,
        timeout = c.TimeoutMs,
    };

    public static async Task<FloorResult> RunAsync(SandboxUrls urls, IReadOnlyList<BenchConnection> connections, int concurrency, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        using var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, MaxConnectionsPerServer = Math.Max(concurrency, 2) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(120) };
        var api = new Uri(new Uri(urls.App), "/rest/api/1/");
        var problems = new List<string>();
        var created = 0;

        var stopwatch = Stopwatch.StartNew();
        using (var login = await http.PostAsync(new Uri(new Uri(urls.Cloud), "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["email"] = urls.CloudLogin.User,
                   ["password"] = urls.CloudLogin.Password,
                   ["continue"] = "/plugins/servlet/ac/email-this-issue/admin",
               }), cancellationToken).ConfigureAwait(false))
        {
            if (login.StatusCode != HttpStatusCode.Redirect)
                return new FloorResult(stopwatch.Elapsed, 0, [$"Cloud login answered {(int)login.StatusCode}"]);
        }

        await Parallel.ForEachAsync(connections, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (c, token) =>
        {
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
