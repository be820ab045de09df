using System.Text;
using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.Adapters.Evidence;

namespace Robot.Domain.Tests.Sessions;

/// <summary>A saved session file is a credential: written owner-only, refused when others may read it, masked in traces.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class SavedSessionTests
{
    private const string State = """{"cookies":[{"name":"cloud.session.token","value":"C00K1E-VALUE-1234","domain":"127.0.0.1","path":"/","expires":-1,"httpOnly":true,"secure":false,"sameSite":"Lax"}],"origins":[]}""";

    private string folder = null!;

    [SetUp]
    public void MakeFolder() => folder = Path.Combine(Path.GetTempPath(), $"saved-session-{Guid.NewGuid():N}");

    [TearDown]
    public void RemoveFolder()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private SavedSession Saved(string name = "cloud.json") =>
        new("Cloud", new Uri("http://127.0.0.1:8080/"), new DateTimeOffset(2026, 11, 30, 16, 5, 0, TimeSpan.Zero), State, Path.Combine(folder, "sub", name));

    [Test]
    public void Saving_writes_an_owner_only_file_in_an_owner_only_folder_that_loads_back()
    {
        var saved = Saved();
        saved.Save();
        Assert.That(File.GetUnixFileMode(saved.FilePath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(saved.FilePath)!), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        var loaded = SavedSession.Load(saved.FilePath);
        Assert.That((loaded.Site, loaded.BaseUrl, loaded.SavedUtc), Is.EqualTo((saved.Site, saved.BaseUrl, saved.SavedUtc)));
        Assert.That(loaded.SecretValues(), Is.EqualTo(new[] { "C00K1E-VALUE-1234" }));
    }

    [Test]
    public void A_file_others_may_read_is_refused_with_what_to_do()
    {
        var saved = Saved();
        saved.Save();
        File.SetUnixFileMode(saved.FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var refused = Assert.Throws<ConfigurationException>(() => SavedSession.Load(saved.FilePath))!;
        Assert.That(refused.Message, Does.Contain(saved.FilePath).And.Contain("chmod 600"));
    }

    [Test]
    public void The_expiry_message_names_the_site_the_date_and_the_command()
    {
        Assert.That(Saved().Expired().Message,
            Is.EqualTo("the Cloud session saved on 2026-11-30 16:05 UTC has expired: run `robot login --site cloud` again"));
    }

    [Test]
    public void The_default_place_is_the_users_config_folder()
    {
        var previous = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        try
        {
            Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", "/home/someone/.cfg");
            Assert.That(SavedSession.DefaultPath("Server"), Is.EqualTo("/home/someone/.cfg/robot/server-session.json"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", previous);
        }
    }

    [Test]
    public void Cookie_set_cookie_and_authorization_header_values_are_masked_in_trace_entries_whatever_they_hold()
    {
        var network = """{"request":{"headers":[{"name":"Cookie","value":"JSESSIONID=abc\"def; x=1"},{"name":"Accept","value":"text/html"},{"name":"authorization","value":"Bearer eyJ0"}]},"response":{"headers":[{"name":"Set-Cookie","value":"cloud.session.token=ZZZ; Path=/"}]}}""";
        var (bytes, count) = CredentialHeaders.Mask(Encoding.UTF8.GetBytes(network), "resources/0-trace.network");
        var masked = Encoding.UTF8.GetString(bytes);
        Assert.That(count, Is.EqualTo(3));
        Assert.That(masked, Does.Not.Contain("abc").And.Not.Contain("eyJ0").And.Not.Contain("ZZZ"));
        Assert.That(masked, Does.Contain("""{"name":"Accept","value":"text/html"}"""), "other headers are left alone");
        Assert.That(System.Text.Json.JsonDocument.Parse(masked).RootElement.ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Object), "still JSON");
    }

    [Test]
    public void Cookies_of_the_storage_state_a_traced_context_was_made_from_are_masked()
    {
        // As the chaos run found it: a worker's context made from a shared login's state, whose token later expired.
        var options = """{"type":"context-options","options":{"locale":"en-US","storageState":{"cookies":[{"name":"cloud.session.token","value":"5729DAA2526E42B5","domain":"127.0.0.1","path":"/"}],"origins":[]}}}""";
        var (bytes, count) = CredentialHeaders.Mask(Encoding.UTF8.GetBytes(options), "trace.trace");
        var masked = Encoding.UTF8.GetString(bytes);
        Assert.That(count, Is.EqualTo(1));
        Assert.That(masked, Does.Not.Contain("5729DAA2526E42B5").And.Contain("\"name\":\"cloud.session.token\""));
        Assert.That(System.Text.Json.JsonDocument.Parse(masked).RootElement.ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Object), "still JSON");
    }

    [Test]
    public void Cookies_parsed_into_a_requests_and_a_responses_cookie_list_are_masked()
    {
        var network = """{"request":{"url":"http://127.0.0.1/a","cookies":[{"name":"cloud.session.token","value":"472D4151FBE39269"}],"headers":[]},"response":{"cookies":[{"name":"JSESSIONID","value":"AB\"C1","path":"/","httpOnly":true}]}}""";
        var (bytes, count) = CredentialHeaders.Mask(Encoding.UTF8.GetBytes(network), "trace.network");
        var masked = Encoding.UTF8.GetString(bytes);
        Assert.That(count, Is.EqualTo(2));
        Assert.That(masked, Does.Not.Contain("472D4151FBE39269").And.Not.Contain("AB\\\"C1").And.Contain("http://127.0.0.1/a"));
        Assert.That(System.Text.Json.JsonDocument.Parse(masked).RootElement.ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Object), "still JSON");
    }
}
