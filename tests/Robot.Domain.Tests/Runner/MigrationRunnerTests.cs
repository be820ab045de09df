using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Domain.Tests.Runner;

public class MigrationRunnerTests
{
    private FakeCloud cloud = null!;
    private MemoryLedger ledger = null!;

    [SetUp]
    public void SetUp()
    {
        cloud = new FakeCloud();
        ledger = new MemoryLedger();
    }

    private MigrationRunner Runner(int workers = 1, int retries = 3, bool saveOnTestFailure = false) =>
        new(new RunnerOptions
        {
            Workers = workers,
            RetryCount = retries,
            RetryBaseDelay = TimeSpan.Zero,
            SaveOnTestFailure = saveOnTestFailure,
            RunId = "run-1",
        }, cloud.Factory, ledger);

    private static PlannedConnection Planned(string name, PlanDecision decision = PlanDecision.Create, string reason = "not on Cloud")
    {
        var server = Make.Server(name: name);
        return new PlannedConnection(server, Make.Cloud(server), decision, reason);
    }

    private static CloudWriteResult Saved() => new(true, "Connection successful", true, "saved");

    [Test]
    public async Task Create_that_passes_its_test_is_migrated_and_recorded()
    {
        var result = await Runner().RunAsync([Planned("A")]);
        var row = ledger.RowOf("A");
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo("migrated"));
            Assert.That(row.TestConnection, Is.EqualTo("passed"));
            Assert.That(row.Attempts, Is.EqualTo(1));
            Assert.That(row.RunId, Is.EqualTo("run-1"));
            Assert.That(row.ServiceProvider, Is.EqualTo("General IMAP4 service"));
            Assert.That(cloud.Names, Is.EqualTo(new[] { "A" }));
            Assert.That(result.Verdict, Is.EqualTo(RunVerdict.AllDone));
        });
    }

    [Test]
    public async Task Update_is_written_in_update_mode_and_recorded_as_updated()
    {
        await Runner().RunAsync([Planned("A", PlanDecision.Update)]);
        Assert.Multiple(() =>
        {
            Assert.That(cloud.Calls, Is.EqualTo(new[] { "write A Update" }));
            Assert.That(ledger.RowOf("A").Status, Is.EqualTo("updated"));
        });
    }

    [Test]
    public async Task System_faults_are_retried_until_the_write_succeeds()
    {
        cloud.Behaviour = call =>
        {
            if (call.Attempt < 3) throw new SystemFaultException("timeout waiting for the Add panel");
            call.Save();
            return Task.FromResult(Saved());
        };
        await Runner(retries: 3).RunAsync([Planned("A")]);
        var row = ledger.RowOf("A");
        Assert.Multiple(() =>
        {
            Assert.That((row.Status, row.Attempts), Is.EqualTo(("migrated", 3)));
            Assert.That(cloud.Calls, Is.EqualTo(new[] { "write A Create", "exists A", "write A Create", "exists A", "write A Create" }));
        });
    }

    [Test]
    public async Task A_save_whose_answer_was_lost_is_found_and_not_created_twice()
    {
        cloud.Behaviour = call =>
        {
            call.Save();
            throw new SystemFaultException("HTTP 502 after Save");
        };
        await Runner().RunAsync([Planned("A")]);
        var row = ledger.RowOf("A");
        Assert.Multiple(() =>
        {
            Assert.That(cloud.WritesOf("A"), Is.EqualTo(1));
            Assert.That((row.Status, row.Attempts), Is.EqualTo(("migrated", 2)));
            Assert.That(row.Message, Does.Contain("answer was lost"));
        });
    }

    [Test]
    public async Task Update_is_retried_without_an_exists_check()
    {
        cloud.Behaviour = call => call.Attempt == 1 ? throw new SystemFaultException("session expired") : Task.FromResult(Saved());
        await Runner().RunAsync([Planned("A", PlanDecision.Update)]);
        Assert.That(cloud.Calls, Is.EqualTo(new[] { "write A Update", "write A Update" }));
    }

    [Test]
    public async Task Retries_give_up_after_the_configured_count_and_record_failed()
    {
        cloud.Behaviour = _ => throw new SystemFaultException("element missing: Add button");
        var result = await Runner(retries: 2).RunAsync([Planned("A")]);
        var row = ledger.RowOf("A");
        Assert.Multiple(() =>
        {
            Assert.That((row.Status, row.Attempts), Is.EqualTo(("failed", 3)));
            Assert.That(row.Message, Does.Contain("gave up after 3 attempt(s): element missing: Add button"));
            Assert.That(result.Verdict, Is.EqualTo(RunVerdict.NeedsAttention));
        });
    }

    [Test]
    public async Task Business_faults_are_not_retried()
    {
        cloud.Behaviour = _ => throw new BusinessFaultException("Name: a connection with this name already exists");
        await Runner(retries: 5).RunAsync([Planned("A")]);
        var row = ledger.RowOf("A");
        Assert.Multiple(() =>
        {
            Assert.That((row.Status, row.Attempts), Is.EqualTo(("failed", 1)));
            Assert.That(row.Message, Is.EqualTo("Name: a connection with this name already exists"));
            Assert.That(cloud.Calls, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Unexpected_exceptions_fail_the_connection_not_the_run()
    {
        cloud.Behaviour = call => call.Connection.Name == "A" ? throw new NullReferenceException("bug") : Task.FromResult(Saved());
        var result = await Runner().RunAsync([Planned("A"), Planned("B")]);
        Assert.Multiple(() =>
        {
            Assert.That(ledger.RowOf("A").Status, Is.EqualTo("failed"));
            Assert.That(ledger.RowOf("A").Attempts, Is.EqualTo(1));
            Assert.That(ledger.RowOf("B").Status, Is.EqualTo("migrated"));
            Assert.That(result.Aborted, Is.False);
        });
    }

    [Test]
    public async Task Failed_test_is_not_saved()
    {
        cloud.Behaviour = call =>
        {
            Assert.That(call.SaveOnTestFailure, Is.False);
            return Task.FromResult(new CloudWriteResult(false, "Authentication failed", false, ""));
        };
        await Runner().RunAsync([Planned("A")]);
        var row = ledger.RowOf("A");
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo("test-failed"));
            Assert.That(row.TestConnection, Is.EqualTo("failed"));
            Assert.That(row.Message, Is.EqualTo("Test Connection failed, not saved: Authentication failed"));
            Assert.That(row.Attempts, Is.EqualTo(1));
            Assert.That(cloud.Names, Is.Empty);
        });
    }

    [Test]
    public async Task Save_on_test_failure_saves_and_says_so()
    {
        cloud.Behaviour = call =>
        {
            Assert.That(call.SaveOnTestFailure, Is.True);
            call.Save();
            return Task.FromResult(new CloudWriteResult(false, "Authentication failed", true, "saved"));
        };
        await Runner(saveOnTestFailure: true).RunAsync([Planned("A")]);
        var row = ledger.RowOf("A");
        Assert.Multiple(() =>
        {
            Assert.That((row.Status, row.TestConnection), Is.EqualTo(("migrated", "failed")));
            Assert.That(row.Message, Is.EqualTo("saved despite test failure: Authentication failed"));
        });
    }

    [Test]
    public async Task Write_that_was_not_saved_without_a_failed_test_is_failed()
    {
        cloud.Behaviour = _ => Task.FromResult(new CloudWriteResult(true, "ok", false, "the Save button stayed disabled"));
        await Runner().RunAsync([Planned("A")]);
        Assert.That(ledger.RowOf("A").Message, Is.EqualTo("not saved: the Save button stayed disabled"));
    }

    [TestCase(PlanDecision.AlreadyExists, "already-exists")]
    [TestCase(PlanDecision.BlockedOAuth, "blocked-oauth")]
    [TestCase(PlanDecision.NeedsPassword, "needs-password")]
    [TestCase(PlanDecision.Invalid, "invalid")]
    public async Task Decisions_that_need_no_write_give_their_status_without_opening_a_site(PlanDecision decision, string status)
    {
        await Runner().RunAsync([Planned("A", decision, "Port: abc: is not a whole number")]);
        var row = ledger.RowOf("A");
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo(status));
            Assert.That(row.Message, Is.EqualTo("Port: abc: is not a whole number"));
            Assert.That(row.Attempts, Is.Zero);
            Assert.That(cloud.SitesOpened, Is.Zero);
        });
    }

    [Test]
    public async Task Each_row_is_in_the_ledger_as_soon_as_its_connection_ends()
    {
        var rowsSeenWhenWriting = new List<int>();
        cloud.Behaviour = call =>
        {
            rowsSeenWhenWriting.Add(ledger.Rows.Count);
            call.Save();
            return Task.FromResult(Saved());
        };
        await Runner(workers: 1).RunAsync([Planned("A"), Planned("B"), Planned("C")]);
        Assert.That(rowsSeenWhenWriting, Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public async Task Resume_skips_connections_whose_latest_row_is_done()
    {
        LedgerRow Previous(string name, string status) =>
            new("run-0", DateTimeOffset.UnixEpoch, name, "IMAP", "", "", "", "", "", status, "", "", 1, 0, "");
        var previous = new[]
        {
            Previous("A", "migrated"), Previous("B", "failed"), Previous("C", "migrated"), Previous("C", "test-failed"),
            Previous("D", "needs-password"), Previous("D", "already-exists"),
        };
        var result = await Runner().RunAsync([Planned("A"), Planned("B"), Planned("C"), Planned("D"), Planned("E")], previous);
        Assert.Multiple(() =>
        {
            Assert.That(ledger.Rows.Select(row => row.Name), Is.EquivalentTo(new[] { "B", "C", "E" }));
            Assert.That(cloud.Calls.Count(call => call.StartsWith("write")), Is.EqualTo(3));
            Assert.That(result.Summary.SkippedAsDone, Is.EqualTo(2));
            Assert.That(result.Verdict, Is.EqualTo(RunVerdict.AllDone));
        });
    }

    [Test]
    public async Task A_changed_UI_is_not_retried_and_stops_the_run_with_its_evidence()
    {
        cloud.Behaviour = _ => throw new ChangedUiException("/sel/cloud.json", "panel.testButton", "role:button:Test it", "the Add panel", "/out/evidence/A/failure.png");
        var result = await Runner(workers: 1, retries: 3).RunAsync([Planned("A"), Planned("B"), Planned("C")]);
        var row = ledger.RowOf("A");
        Assert.Multiple(() =>
        {
            Assert.That((row.Status, row.Attempts), Is.EqualTo(("failed", 1)));
            Assert.That(row.Message, Does.Contain("/sel/cloud.json").And.Contain("'panel.testButton'").And.Contain("role:button:Test it")
                .And.Contain("/out/evidence/A/failure.png"));
            Assert.That(row.Evidence, Is.EqualTo("/out/evidence/A/failure.png"));
            Assert.That(ledger.Rows.Select(r => r.Name), Is.EqualTo(new[] { "A" }), "no other connection is started");
            Assert.That(result.Summary.NotStarted, Is.EqualTo(2));
            Assert.That(result.StoppedBy, Is.EqualTo(row.Message));
            Assert.That(result.Verdict, Is.EqualTo(RunVerdict.StoppedByChangedUi));
        });
    }

    [Test]
    public async Task A_system_fault_that_outlives_its_retries_keeps_its_evidence()
    {
        cloud.Behaviour = _ => throw new SystemFaultException("timeout") { Evidence = "/out/evidence/A/failure.png" };
        await Runner(retries: 1).RunAsync([Planned("A")]);
        Assert.That(ledger.RowOf("A").Evidence, Is.EqualTo("/out/evidence/A/failure.png"));
    }

    [Test]
    public async Task Stopping_finishes_and_records_the_connection_in_hand_then_reports_aborted()
    {
        using var stop = new CancellationTokenSource();
        cloud.Behaviour = call =>
        {
            stop.Cancel();
            call.Save();
            return Task.FromResult(Saved());
        };
        var result = await Runner(workers: 1).RunAsync([Planned("A"), Planned("B"), Planned("C")], stop: stop.Token);
        Assert.Multiple(() =>
        {
            Assert.That(ledger.Rows.Select(row => (row.Name, row.Status)), Is.EqualTo(new[] { ("A", "migrated") }));
            Assert.That(result.Aborted, Is.True);
            Assert.That(result.Summary.NotStarted, Is.EqualTo(2));
            Assert.That(result.Verdict, Is.EqualTo(RunVerdict.Aborted));
            Assert.That(cloud.SitesDisposed, Is.EqualTo(cloud.SitesOpened));
        });
    }

    [Test]
    public async Task Stop_requested_before_the_run_writes_nothing()
    {
        var result = await Runner().RunAsync([Planned("A")], stop: new CancellationToken(canceled: true));
        Assert.Multiple(() =>
        {
            Assert.That(ledger.Rows, Is.Empty);
            Assert.That(result.Verdict, Is.EqualTo(RunVerdict.Aborted));
        });
    }

    [Test]
    public async Task Several_workers_write_at_once_and_give_one_row_per_connection()
    {
        var inFlight = 0;
        var twoAtOnce = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        cloud.Behaviour = async call =>
        {
            if (Interlocked.Increment(ref inFlight) >= 2) twoAtOnce.TrySetResult();
            // Only a runner that really writes in parallel gets past this; a serial one times out.
            await twoAtOnce.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Interlocked.Decrement(ref inFlight);
            call.Save();
            return Saved();
        };
        var names = Enumerable.Range(1, 40).Select(i => $"Connection {i:00}").ToList();
        var result = await Runner(workers: 4).RunAsync(names.Select(name => Planned(name)).ToList());
        Assert.Multiple(() =>
        {
            Assert.That(ledger.Rows.Select(row => row.Name), Is.EquivalentTo(names));
            Assert.That(ledger.Rows.Select(row => row.Status), Is.All.EqualTo("migrated"));
            Assert.That(cloud.Names, Is.EquivalentTo(names));
            Assert.That(cloud.SitesOpened, Is.InRange(2, 4));
            Assert.That(cloud.SitesDisposed, Is.EqualTo(cloud.SitesOpened));
            Assert.That(result.Summary.Counts[ConnectionStatus.Migrated], Is.EqualTo(40));
        });
    }

    [Test]
    public async Task A_site_that_fails_to_open_is_retried_like_any_system_fault()
    {
        var opened = 0;
        var factory = new CloudSiteFactory(async (index, token) =>
        {
            if (++opened == 1) throw new SystemFaultException("login page did not load");
            return await cloud.Factory(index, token);
        });
        var runner = new MigrationRunner(new RunnerOptions { RetryBaseDelay = TimeSpan.Zero }, factory, ledger);
        await runner.RunAsync([Planned("A")]);
        Assert.That((ledger.RowOf("A").Status, ledger.RowOf("A").Attempts), Is.EqualTo(("migrated", 2)));
    }

    [Test]
    public async Task A_refused_login_is_not_tried_again_for_every_connection()
    {
        var opened = 0;
        var factory = new CloudSiteFactory((_, _) =>
        {
            opened++;
            throw new BusinessFaultException("Cloud login refused: wrong password");
        });
        var runner = new MigrationRunner(new RunnerOptions { Workers = 1, RetryBaseDelay = TimeSpan.Zero }, factory, ledger);
        await runner.RunAsync([Planned("A"), Planned("B")]);
        Assert.Multiple(() =>
        {
            Assert.That(opened, Is.EqualTo(1));
            Assert.That(ledger.Rows.Select(row => (row.Status, row.Message)), Is.All.EqualTo(("failed", "Cloud login refused: wrong password")));
        });
    }

    [Test]
    public async Task Passwords_in_fault_messages_are_masked_before_anyone_sees_them()
    {
        cloud.Behaviour = _ => throw new BusinessFaultException($"fill('{Make.Password}') rejected");
        var seen = new List<string>();
        var progress = new SynchronousProgress(result => seen.Add(result.Outcome.Message));
        var result = await Runner().RunAsync([Planned("A")], progress: progress);
        Assert.Multiple(() =>
        {
            Assert.That(result.Results.Single().Outcome.Message, Is.EqualTo("fill('***') rejected"));
            Assert.That(seen, Is.EqualTo(new[] { "fill('***') rejected" }));
            Assert.That(ledger.RowOf("A").Message, Does.Not.Contain(Make.Password));
        });
    }

    [Test]
    public void A_ledger_that_cannot_write_stops_the_run()
    {
        ledger.FailFor = row => row.Name == "A";
        Assert.ThrowsAsync<IOException>(() => Runner(workers: 1).RunAsync([Planned("A"), Planned("B")]));
        Assert.That(cloud.WritesOf("B"), Is.Zero);
    }

    [Test]
    public async Task Summary_counts_every_status_and_needs_attention_gives_exit_code_1()
    {
        cloud.Behaviour = call => Task.FromResult(call.Connection.Name == "T"
            ? new CloudWriteResult(false, "bad password", false, "")
            : Saved());
        var result = await Runner().RunAsync([
            Planned("M"), Planned("T"), Planned("X", PlanDecision.AlreadyExists), Planned("I", PlanDecision.Invalid),
        ]);
        Assert.Multiple(() =>
        {
            Assert.That(result.Summary.Counts[ConnectionStatus.Migrated], Is.EqualTo(1));
            Assert.That(result.Summary.Counts[ConnectionStatus.TestFailed], Is.EqualTo(1));
            Assert.That(result.Summary.Counts[ConnectionStatus.AlreadyExists], Is.EqualTo(1));
            Assert.That(result.Summary.Counts[ConnectionStatus.Invalid], Is.EqualTo(1));
            Assert.That(result.Summary.NeedingAttention, Is.EqualTo(2));
            Assert.That(result.Verdict, Is.EqualTo(RunVerdict.NeedsAttention));
        });
    }

    private sealed class SynchronousProgress(Action<ConnectionResult> report) : IProgress<ConnectionResult>
    {
        public void Report(ConnectionResult value) => report(value);
    }
}
