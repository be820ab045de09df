using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NUnit.Framework;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.Sandbox.Tests.Cloud;

/// <summary>
/// Faults the robot does not choose, over the app's JSON API: a Save that is stored but answered 500 (the answer is
/// lost), one answered late, fault words from the options, and a Cloud that takes a name twice.
/// </summary>
public abstract class CloudApiFixture
{
    protected SandboxHost Sandbox { get; private set; } = null!;
    protected HttpClient Http { get; private set; } = null!;

    protected abstract SandboxOptions Options { get; }

    /// <summary>Whether the sandbox is borrowed from the pool (a fixture on the default options, asserting no fault counters).</summary>
    protected virtual bool SharesSandbox => false;

    protected Uri Api(string path) => new(Sandbox.Urls.App, "/rest/api/1/" + path);

    [OneTimeSetUp]
    public async Task Start()
    {
        Sandbox = SharesSandbox ? await SandboxPool.RentAsync(Options) : await SandboxHost.StartAsync(Options);
        Http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false });
        var login = await Http.PostAsync(new Uri(Sandbox.Urls.Cloud, "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = Sandbox.Context.Options.CloudAdmin.User,
            ["password"] = Sandbox.Context.Options.CloudAdmin.Password,
            ["continue"] = "/plugins/servlet/ac/email-this-issue/admin",
        }));
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        Http.Dispose();
        if (SharesSandbox) await SandboxPool.GiveBackAsync(Sandbox, reusable: TestContext.CurrentContext.Result.FailCount == 0);
        else await Sandbox.DisposeAsync();
    }

    protected object ImapForm(string name) => new
    {
        name, description = "via the API", serviceProvider = "General IMAP4 service", encryption = "SSL/TLS",
        host = Sandbox.Context.Mail.Host, port = Sandbox.Context.Mail.Imaps, username = "support@example.test",
        password = "Support-Mailbox-7431", timeout = 10000,
    };

    protected int Stored(string name) => Sandbox.Context.Cloud.Connections.Count(c => c.Name == name);

    protected static async Task<string> MessageAsync(HttpResponseMessage answer) =>
        (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString()!;
}

[TestFixture]
public sealed class CloudLostAnswerTests : CloudApiFixture
{
    private const string Words = "Der Dienst ist vorübergehend ausgefallen.";

    protected override SandboxOptions Options => new()
    {
        AcceptDuplicateNames = true,
        Faults = new FaultOptions { LostAnswerRate = 1.0, SaveFaultMessage = Words },
    };

    [Test]
    public async Task Save_stores_the_connection_then_answers_500_with_the_configured_words()
    {
        var answer = await Http.PostAsJsonAsync(Api("incoming"), ImapForm("Stored, answer lost"));

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await MessageAsync(answer), Is.EqualTo(Words));
        Assert.That(Stored("Stored, answer lost"), Is.EqualTo(1), "the save happened although its answer says otherwise");
        Assert.That(Sandbox.Context.Faults.Counts.LostAnswers, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task A_name_it_already_has_is_taken_again()
    {
        await Http.PostAsJsonAsync(Api("incoming"), ImapForm("Twice"));
        await Http.PostAsJsonAsync(Api("incoming"), ImapForm("TWICE"));

        Assert.That(Sandbox.Context.Cloud.Connections.Count(c => string.Equals(c.Name, "twice", StringComparison.OrdinalIgnoreCase)), Is.EqualTo(2),
            "with AcceptDuplicateNames only the robot stands between a retry and a second connection");
    }
}

[TestFixture]
public sealed class CloudSlowAnswerTests : CloudApiFixture
{
    private const int SlowMs = 1500;

    protected override SandboxOptions Options => new() { Faults = new FaultOptions { SlowAnswerAfterStoreMs = SlowMs } };

    [Test]
    public async Task Save_is_stored_before_its_late_answer_comes()
    {
        var clock = Stopwatch.StartNew();
        var save = Http.PostAsJsonAsync(Api("incoming"), ImapForm("Slow"));
        // Stored while the answer is still on its way (a condition polled, not a sleep that hopes).
        while (Stored("Slow") == 0 && !save.IsCompleted) await Task.Delay(20);
        Assert.That(save.IsCompleted, Is.False, "stored before the answer");

        var answer = await save;
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(clock.ElapsedMilliseconds, Is.GreaterThanOrEqualTo(SlowMs - 50));
        Assert.That(Sandbox.Context.Faults.Counts.SlowAnswers, Is.EqualTo(1));
        Assert.That(Stored("Slow"), Is.EqualTo(1));
    }
}

[TestFixture]
public sealed class CloudDuplicateRefusalTests : CloudApiFixture
{
    protected override SandboxOptions Options => new();

    protected override bool SharesSandbox => true;

    [Test]
    public async Task By_default_a_name_it_already_has_is_refused_with_409()
    {
        Assert.That((await Http.PostAsJsonAsync(Api("incoming"), ImapForm("Once"))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var again = await Http.PostAsJsonAsync(Api("incoming"), ImapForm("ONCE"));

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(Stored("Once"), Is.EqualTo(1));
    }
}
