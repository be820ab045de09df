using System.Collections.Concurrent;
using Robot.Adapters.Ledger;
using Robot.Domain.Kinds.OAuth2;
using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Domain.Tests.Runner;

/// <summary>
/// The second kind on the runner's loop: OAuth2 Credentials get the connections' retries, fault sorting, stop and
/// ledger, and --resume skips a credential whose latest row in oauth2-credentials.csv is done.
/// </summary>
public class CredentialRunnerTests
{
    private const string Callback = "https://cloud.example.test/plugins/servlet/ac/email-this-issue/oauth2-callback";

    private FakeCredentialSite site = null!;
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp()
    {
        site = new FakeCredentialSite();
        folder = new TempFolder();
    }

    [TearDown]
    public void TearDown() => folder.Dispose();

    private string LedgerPath => folder.File(CredentialsCsvWriter.FileName);

    private CsvCredentialsLedger Ledger(bool resume = false) => new(LedgerPath, resume, []);

    private CredentialRunner Runner(ICredentialLedger ledger, int retries = 3) =>
        new(new RunnerOptions { Workers = 1, RetryCount = retries, RetryBaseDelay = TimeSpan.Zero, RunId = "run-1" }, site.Factory, ledger);

    private static PlannedCredential Planned(string name, PlanDecision decision = PlanDecision.Create, string secret = "GOCSPX-secret-of-" + "x")
    {
        var server = new ServerOAuth2Credential(name, "Google", $"{name}.client", Secret.OrNull(secret), "https://a.test/auth", "https://a.test/token", "");
        var cloud = CredentialPlanner.ToCloud(server, "GMail/GSuite with OAuth2", server.ClientSecret);
        return new PlannedCredential(server, cloud, null, decision, decision == PlanDecision.Create ? "not on Cloud" : "on Cloud, equal to the Server");
    }

    /// <summary>The rows of oauth2-credentials.csv by name: status and message.</summary>
    private Dictionary<string, (string Status, string Message)> Rows() =>
        Ledger(resume: true).Earlier.ToDictionary(row => row.Name, row => (row.Status, row.Message));

    [Test]
    public async Task Credentials_run_through_the_runner_s_loop_with_its_retries_and_are_recorded_as_each_ends()
    {
        site.Behaviour = (name, attempt) => name switch
        {
            "Flaky" when attempt < 3 => throw new SystemFaultException("timeout waiting for the Add panel"),
            "Refused" => throw new BusinessFaultException("Save refused: Client ID is not valid"),
            _ => Callback,
        };
        var told = new List<string>();
        var run = await Runner(Ledger()).RunAsync(
            [Planned("Flaky"), Planned("There", PlanDecision.AlreadyExists), Planned("Refused")], new HashSet<string>(),
            new SyncProgress<CredentialOutcome>(outcome => told.Add(outcome.Name)));

        Assert.Multiple(() =>
        {
            Assert.That(site.Calls, Is.EqualTo(new[] { "write Flaky Create", "write Flaky Create", "write Flaky Create", "write Refused Create" }),
                "a system fault is tried again, a refusal is not, a credential already there is not written");
            Assert.That(run.Finished.Select(o => (o.Name, o.Status)), Is.EqualTo(new[]
            {
                ("Flaky", ConnectionStatus.Migrated), ("There", ConnectionStatus.AlreadyExists), ("Refused", ConnectionStatus.Failed),
            }));
            Assert.That(run.Finished[0].CloudCallbackUrl, Is.EqualTo(Callback));
            Assert.That(told, Is.EqualTo(new[] { "Flaky", "There", "Refused" }));
            Assert.That(Rows(), Is.EquivalentTo(new Dictionary<string, (string, string)>
            {
                ["Flaky"] = ("migrated", "created on Cloud and seen in its list"),
                ["There"] = ("already-exists", "on Cloud, equal to the Server"),
                ["Refused"] = ("failed", "Save refused: Client ID is not valid"),
            }));
            Assert.That(site.Opened, Is.EqualTo(1), "one worker, one site");
        });
    }

    [Test]
    public async Task A_system_fault_that_lasts_gives_up_after_the_configured_retries_and_masks_the_secret()
    {
        var planned = Planned("Down", secret: "GOCSPX-never-shown-7731");
        site.Behaviour = (_, _) => throw new SystemFaultException("HTTP 502 while typing GOCSPX-never-shown-7731");
        var run = await Runner(Ledger(), retries: 2).RunAsync([planned], new HashSet<string>());

        Assert.That(site.Calls, Has.Count.EqualTo(3));
        Assert.That(run.Finished.Single().Message, Does.StartWith("gave up after 3 attempt(s): HTTP 502").And.Not.Contain("never-shown"));
        Assert.That(File.ReadAllText(LedgerPath), Does.Not.Contain("never-shown"));
    }

    [Test]
    public async Task A_changed_UI_stops_the_credentials_after_the_one_in_hand()
    {
        site.Behaviour = (name, _) => name == "First"
            ? throw new ChangedUiException("cloud.json", "oauthList.addButton", "role=button[name='Add']", "the OAuth2 Credentials list")
            : Callback;
        var run = await Runner(Ledger()).RunAsync([Planned("First"), Planned("Second")], new HashSet<string>());

        Assert.That(run.StoppedBy, Does.Contain("oauthList.addButton"));
        Assert.That(run.NotStarted.Select(p => p.Name), Is.EqualTo(new[] { "Second" }));
        Assert.That(Rows().Keys, Is.EqualTo(new[] { "First" }), "only what ended is recorded, so --resume tries the rest");
    }

    [Test]
    public async Task Resume_skips_a_credential_whose_latest_row_is_done_and_keeps_its_row()
    {
        // An earlier run: "Done" and "Again" migrated, "Waiting" needed its secret.
        await Runner(Ledger()).RunAsync([Planned("Done"), Planned("Again")], new HashSet<string>());
        var earlier = Ledger(resume: true);
        earlier.Append(new CredentialOutcome("Waiting", ConnectionStatus.NeedsSecret, "GMail/GSuite with OAuth2", "", "needs its secret"), []);
        site.Calls.Clear();

        var ledger = Ledger(resume: true);
        Assert.That(ledger.DoneBefore, Is.EquivalentTo(new[] { "Done", "Again" }));
        var run = await Runner(ledger).RunAsync([Planned("done"), Planned("Waiting"), Planned("Again")], ledger.DoneBefore);

        Assert.Multiple(() =>
        {
            Assert.That(site.Calls, Is.EqualTo(new[] { "write Waiting Create" }), "names compared without case");
            Assert.That(run.SkippedAsDone, Is.EqualTo(2));
            Assert.That(run.Finished.Select(o => o.Name), Is.EqualTo(new[] { "Waiting" }));
            Assert.That(Rows(), Is.EquivalentTo(new Dictionary<string, (string, string)>
            {
                ["Done"] = ("migrated", "created on Cloud and seen in its list"),
                ["Again"] = ("migrated", "created on Cloud and seen in its list"),
                ["Waiting"] = ("migrated", "created on Cloud and seen in its list"),
            }), "one row per credential, its latest");
        });
    }

    [Test]
    public async Task A_fresh_run_writes_only_its_own_credentials()
    {
        await Runner(Ledger()).RunAsync([Planned("Old")], new HashSet<string>());
        await Runner(Ledger()).RunAsync([Planned("New")], new HashSet<string>());
        Assert.That(Rows().Keys, Is.EqualTo(new[] { "New" }));
    }

    /// <summary>A Cloud OAuth2 Credentials page whose write is scripted per credential name and attempt.</summary>
    private sealed class FakeCredentialSite
    {
        private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.OrdinalIgnoreCase);
        private int opened;

        public Func<string, int, string> Behaviour { get; set; } = (_, _) => Callback;

        public ConcurrentQueue<string> Calls { get; } = new();

        public int Opened => opened;

        public Func<int, CancellationToken, Task<ICloudCredentialSite>> Factory => (_, _) =>
        {
            Interlocked.Increment(ref opened);
            return Task.FromResult<ICloudCredentialSite>(new Page(this));
        };

        private sealed class Page(FakeCredentialSite site) : ICloudCredentialSite
        {
            public Task<string> WriteAsync(CloudOAuth2Credential credential, WriteMode mode, CancellationToken cancellationToken)
            {
                var attempt = site.attempts.AddOrUpdate(credential.Name, 1, (_, n) => n + 1);
                site.Calls.Enqueue($"write {credential.Name} {mode}");
                return Task.FromResult(site.Behaviour(credential.Name, attempt));
            }
        }
    }
}
