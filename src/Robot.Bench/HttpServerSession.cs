using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Robot.Bench;

/// <summary>
/// The HTTP floor's Server side: one login and the Administrator Access step (as the robot passes them once), then each
/// connection fetched from the JSON API behind the Server's Edit panel, as the robot's browser fetches it when it opens
/// the panel. The sandbox numbers the seeded connections 1…N in seed order.
/// </summary>
public sealed class HttpServerSession(HttpClient http, SandboxUrls urls)
{
    private const string LoginPath = "/login.jsp";
    private const string WebSudoPath = "/secure/admin/WebSudoAuthenticate.jspa";
    private const string ConnectionPath = "/rest/eti/1.0/incoming/";

    private Uri Site => new(urls.Server);

    /// <returns>null when logged in, else what went wrong.</returns>
    public async Task<string?> LogInAsync(CancellationToken cancellationToken)
    {
        using (var login = await http.PostAsync(new Uri(Site, LoginPath), new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["os_username"] = urls.ServerLogin.User,
                   ["os_password"] = urls.ServerLogin.Password,
                   ["os_destination"] = ConnectionPath,
               }), cancellationToken).ConfigureAwait(false))
        {
            if (login.StatusCode != HttpStatusCode.Redirect) return $"Server login answered {(int)login.StatusCode}";
        }
        using var sudo = await http.PostAsync(new Uri(Site, WebSudoPath), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["webSudoPassword"] = urls.ServerLogin.Password,
            ["webSudoDestination"] = ConnectionPath,
        }), cancellationToken).ConfigureAwait(false);
        return sudo.StatusCode == HttpStatusCode.Redirect ? null : $"Server Administrator Access answered {(int)sudo.StatusCode}";
    }

    /// <summary>Fetches connection <paramref name="id"/> (1-based seed order); null when it is the one named, else the problem.</summary>
    public async Task<string?> FetchAsync(int id, string expectedName, CancellationToken cancellationToken)
    {
        using var answer = await http.GetAsync(new Uri(Site, ConnectionPath + id.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken)
            .ConfigureAwait(false);
        if (!answer.IsSuccessStatusCode) return $"{expectedName}: Server read answered {(int)answer.StatusCode}";
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        var name = body.TryGetProperty("name", out var n) ? n.GetString() : null;
        return name == expectedName ? null : $"{expectedName}: Server connection {id} is '{name}'";
    }
}
