using System.Net;
using NUnit.Framework;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>The app's JSON API (/rest/api/1/) over plain HTTP, as the benchmark's HTTP floor uses it.</summary>
[TestFixture]
public sealed class CloudApiTests
{
    private SandboxHost sandbox = null!;
    private HttpClient http = null!;
    private HttpClient anonymous = null!;

    private Uri Api(string path) => new(sandbox.Urls.App, "/rest/api/1/" + path);

    [OneTimeSetUp]
    public async Task Start()
    {
        sandbox = await SandboxPool.RentAsync();
        var cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var login = await http.PostAsync(new Uri(sandbox.Urls.Cloud, "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = sandbox.Context.Options.CloudAdmin.User,
            ["password"] = sandbox.Context.Options.CloudAdmin.Password,
            ["continue"] = "/plugins/servlet/ac/email-this-issue/admin",
        }));
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        // Cookies do not separate ports: the Cloud's cookie is the app's too.
        Assert.That(cookies.GetCookies(sandbox.Urls.App)["cloud.session.token"], Is.Not.Null);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        http.Dispose();
        anonymous.Dispose();
        await SandboxPool.GiveBackAsync(sandbox, reusable: TestContext.CurrentContext.Result.FailCount == 0);
    }

    private object ImapForm(string name, string password = "Support-Mailbox-7431", object? port = null) => new
    {
        name, description = "via the API", serviceProvider = "General IMAP4 service", encryption = "SSL/TLS",
        host = sandbox.Context.Mail.Host, port = port ?? sandbox.Context.Mail.Imaps, username = "support@example.test", password, timeout = 10000,
    };

    [Test]
    public async Task Without_a_session_every_call_answers_401_with_the_expired_message()
    {
        var answer = await anonymous.GetAsync(Api("incoming"));
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("message").GetString(), Is.EqualTo("Your session has expired. Log in again."));
        Assert.That(body.GetProperty("loginUrl").GetString(), Does.StartWith(sandbox.Urls.Cloud + "login?continue="));
        var login = await anonymous.GetAsync(new Uri(sandbox.Urls.Cloud, "/plugins/servlet/ac/email-this-issue/admin"));
        Assert.That(login.Headers.Location?.ToString(), Does.StartWith("/login?continue="));
    }

    [Test]
    public async Task Create_then_read_then_update_keeping_the_password()
    {
        var created = await http.PostAsJsonAsync(Api("incoming"), ImapForm("API created"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var view = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = view.GetProperty("id").GetInt32();
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/rest/api/1/incoming/{id}"));
        Assert.That(view.GetProperty("status").GetString(), Is.EqualTo("Disabled"));
        Assert.That(view.TryGetProperty("password", out _), Is.False, "the API never shows a password");
        Assert.That(view.GetProperty("hasPassword").GetBoolean(), Is.True);

        var list = await http.GetFromJsonAsync<JsonElement>(Api("incoming"));
        Assert.That(list.GetProperty("connections").EnumerateArray().Select(c => c.GetProperty("name").GetString()), Does.Contain("API created"));

        var updated = await http.PutAsJsonAsync(Api($"incoming/{id}"), ImapForm("API created, renamed", password: ""));
        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var stored = sandbox.Context.Cloud.Find(id)!;
        Assert.That(stored.Name, Is.EqualTo("API created, renamed"));
        Assert.That(stored.Password, Is.EqualTo("Support-Mailbox-7431"));
        Assert.That(stored.Enabled, Is.False);

        var one = await http.GetFromJsonAsync<JsonElement>(Api($"incoming/{id}"));
        Assert.That(one.GetProperty("name").GetString(), Is.EqualTo("API created, renamed"));
        Assert.That((await http.GetAsync(Api("incoming/99999"))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Refusals_name_the_fields()
    {
        var bad = await http.PostAsJsonAsync(Api("incoming"), new { name = "", serviceProvider = "Exchange", encryption = "TLS 1.3", port = "0", timeout = "60001" });
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var body = await bad.Content.ReadFromJsonAsync<JsonElement>();
        var fields = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.That(fields, Is.EquivalentTo(new[] { "name", "serviceProvider", "encryption", "host", "port", "username", "timeout" }));

        var duplicate = await http.PostAsJsonAsync(Api("incoming"), ImapForm("ALREADY ON CLOUD IMAP"));
        Assert.That(duplicate.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(),
            Is.EqualTo("A connection named 'ALREADY ON CLOUD IMAP' already exists."));

        var oauth = await http.PostAsJsonAsync(Api("incoming"), new
        {
            name = "OAuth with a missing client", serviceProvider = "GMail/GSuite with OAuth2", host = "imap.gmail.com",
            username = "x@example.test", oauth2Credentials = "Microsoft 365 Tenant",
        });
        Assert.That(oauth.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await oauth.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString(),
            Is.EqualTo("OAuth2 Credentials 'Microsoft 365 Tenant' do not exist for GMail/GSuite with OAuth2."));

        var notJson = await http.PostAsync(Api("incoming"), new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.That(notJson.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        var broken = await http.PostAsync(Api("incoming"), new StringContent("{", Encoding.UTF8, "application/json"));
        Assert.That(broken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Test_logs_in_to_Dovecot_and_reports_its_words()
    {
        var good = await http.PostAsJsonAsync(Api("incoming/test"), ImapForm("probe"));
        var goodBody = await good.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(goodBody.GetProperty("success").GetBoolean(), Is.True, goodBody.ToString());
        Assert.That(goodBody.GetProperty("message").GetString(), Is.EqualTo("Connection successful"));

        var wrong = await http.PostAsJsonAsync(Api("incoming/test"), ImapForm("probe", password: "wrong"));
        var wrongBody = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(wrongBody.GetProperty("success").GetBoolean(), Is.False);
        Assert.That(wrongBody.GetProperty("message").GetString(), Does.Contain("Authentication failed"));

        // Edit's Test with a blank password uses the stored one.
        var seeded = sandbox.Context.Cloud.Connections.Single(c => c.Name == "Already On Cloud IMAP");
        var stored = await http.PostAsJsonAsync(Api("incoming/test"), new
        {
            id = seeded.Id, serviceProvider = seeded.ServiceProvider, encryption = seeded.Encryption, host = seeded.Host,
            port = seeded.Port, username = seeded.Username, password = "",
        });
        Assert.That((await stored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("success").GetBoolean(), Is.True);
    }

    [Test]
    public async Task OAuth2_clients_are_listed_filtered_and_added()
    {
        var gmail = await http.GetFromJsonAsync<JsonElement>(Api("oauth2-clients?serviceProvider=" + Uri.EscapeDataString("GMail/GSuite with OAuth2")));
        Assert.That(gmail.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "Google Workspace" }));

        var added = await http.PostAsJsonAsync(Api("oauth2-clients"), new { name = "Fabrikam", serviceProvider = "Microsoft365 with OAuth2", clientId = "id", clientSecret = "secret", authorizationEndpoint = "https://login.example.test/authorize", tokenEndpoint = "https://login.example.test/token" });
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var again = await http.PostAsJsonAsync(Api("oauth2-clients"), new { name = "fabrikam", serviceProvider = "Microsoft365 with OAuth2", clientId = "id", clientSecret = "secret", authorizationEndpoint = "https://login.example.test/authorize", tokenEndpoint = "https://login.example.test/token" });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var missing = await http.PostAsJsonAsync(Api("oauth2-clients"), new { name = "No secret", serviceProvider = "Microsoft365 with OAuth2", clientId = "id" });
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        var all = await http.GetFromJsonAsync<JsonElement>(Api("oauth2-clients"));
        Assert.That(all.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("name").GetString()), Does.Contain("Fabrikam"));
    }
}
