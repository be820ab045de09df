using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Robot.Bench;

/// <summary>The Cloud app's JSON API with a logged-in session: the HTTP floor writes through it, the bench checks the lean UI floor's work with it.</summary>
public sealed class HttpCloudSession(HttpClient http, SandboxUrls urls)
{
    public Uri Api { get; } = new(new Uri(urls.App), "/rest/api/1/");

    /// <returns>null when logged in, else what went wrong.</returns>
    public async Task<string?> LogInAsync(CancellationToken cancellationToken)
    {
        using var login = await http.PostAsync(new Uri(new Uri(urls.Cloud), "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = urls.CloudLogin.User,
            ["password"] = urls.CloudLogin.Password,
            ["continue"] = "/plugins/servlet/ac/email-this-issue/admin",
        }), cancellationToken).ConfigureAwait(false);
        return login.StatusCode == HttpStatusCode.Redirect ? null : $"Cloud login answered {(int)login.StatusCode}";
    }

    /// <summary>The names of the Cloud's connections.</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken)
    {
        var list = await http.GetFromJsonAsync<JsonElement>(new Uri(Api, "incoming"), cancellationToken).ConfigureAwait(false);
        return list.GetProperty("connections").EnumerateArray().Select(c => c.GetProperty("name").GetString() ?? "").ToList();
    }

    /// <summary>An HTTP client that keeps the sites' session cookies (each site has its own cookie name) and follows no redirect.</summary>
    public static HttpClient Client(int concurrency) =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = Math.Max(concurrency, 2) })
        {
            Timeout = TimeSpan.FromSeconds(120),
        };
}
