using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>POST /_sandbox/reset: the Cloud goes back to the seed's, so one sandbox serves several robot runs.</summary>
[TestFixture]
public sealed class SandboxResetTests
{
    [Test]
    public async Task Reset_removes_what_was_added_and_keeps_what_the_seed_had()
    {
        var sandbox = await SandboxPool.RentAsync();
        var passed = false;
        try
        {
            await AddThenResetAsync(sandbox);
            passed = true;
        }
        finally
        {
            await SandboxPool.GiveBackAsync(sandbox, reusable: passed);
        }
    }

    private static async Task AddThenResetAsync(SandboxHost sandbox)
    {
        using var http = new HttpClient();
        var seeded = await CloudNamesAsync(http, sandbox);
        Assert.That(seeded, Does.Contain("Already On Cloud IMAP"));

        var added = await http.PostAsJsonAsync(new Uri(sandbox.Urls.Cloud, "/_sandbox/cloud/oauth2-clients"), new { name = "Added Later", provider = "gmail" });
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        sandbox.Context.Cloud.Add(id => sandbox.Context.Cloud.Connections[0] with { Id = id, Name = "Added By A Run" });
        Assert.That(await CloudNamesAsync(http, sandbox), Does.Contain("Added By A Run"));

        var reset = await http.PostAsync(new Uri(sandbox.Urls.Cloud, "/_sandbox/reset"), null);
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await CloudNamesAsync(http, sandbox), Is.EqualTo(seeded));
        Assert.That(sandbox.Context.Cloud.OAuth2Clients.Select(c => c.Name), Does.Not.Contain("Added Later"));
    }

    private static async Task<List<string>> CloudNamesAsync(HttpClient http, SandboxHost sandbox)
    {
        var state = await http.GetFromJsonAsync<JsonElement>(new Uri(sandbox.Urls.Cloud, "/_sandbox/state"));
        return state.GetProperty("cloud").GetProperty("connections").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).ToList();
    }
}
