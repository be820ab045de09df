using Robot.TestSupport;
using Robot.Adapters.Ledger;
using Robot.Sandbox.Hosting;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// Every Save is stored and then answered "HTTP 500", on a Cloud that takes a name twice: only the robot's look
/// before a retried Add keeps each connection on Cloud once. The sandbox no longer refuses the duplicate for it.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class LostAnswerTests : RobotFixture
{
    private static readonly string[] Names = ["Support IMAP", "Support IMAP SSL", "Support IMAP STARTTLS"];

    protected override SandboxOptions Options => new()
    {
        AcceptDuplicateNames = true,
        Faults = new FaultOptions { LostAnswerRate = 1.0 },
    };

    [Test]
    public async Task Each_connection_whose_save_answer_was_lost_is_on_Cloud_exactly_once_and_recorded_as_migrated()
    {
        var run = await Robot.RunAsync("migrate", ["--only", "Support IMAP*"]);

        var state = await SandboxState.ReadAsync(Sandbox);
        Assert.Multiple(() =>
        {
            foreach (var name in Names)
                Assert.That(state.Cloud.Count(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1), $"'{name}' on Cloud: {run.Transcript}");
        });
        Assert.That(Sandbox.Context.Faults.Counts.LostAnswers, Is.EqualTo(Names.Length), "every create was stored and answered 500");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
        foreach (var name in Names)
        {
            var row = run.Row(name);
            Assert.That((row.Status, row.Attempts), Is.EqualTo(("migrated", 2)), row.Message);
            Assert.That(row.Message, Does.Contain("found on Cloud after a save whose answer was lost"));
            Expect.SameOnCloud(state.ServerNamed(name), state.CloudNamed(name), state.ServerOAuthCredentials);
        }

        var journal = File.ReadAllLines(Path.Combine(run.OutputFolder, CreateJournal.FileName));
        Assert.That(journal, Is.EquivalentTo(Names.Select(n => "+" + System.Text.Json.JsonSerializer.Serialize(n))), "each create begun once in the journal");
        Assert.That(CreateJournal.Interrupted(run.OutputFolder, run.Rows()), Is.Empty, "every begun create has its row");
        await AssertNoSecretsAsync(run);
    }
}

/// <summary>
/// The look before a retried Add lands on a list whose session ran out while it loaded: the app shows its "session has
/// expired" page where the list was. An empty page is no "not there": the robot logs in again and looks again, so the
/// connection stays on Cloud once.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class LostAnswerThenExpiredListTests : RobotFixture
{
    private const string Name = "Ops POP3";

    protected override SandboxOptions Options => new()
    {
        AcceptDuplicateNames = true,
        Faults = new FaultOptions { LostAnswerRate = 1.0, ExpireOnListAfterLostAnswer = true, LatencyMinMs = 300, LatencyMaxMs = 300 },
    };

    [Test]
    public async Task A_list_replaced_by_the_expired_page_is_looked_at_again_and_the_connection_is_saved_once()
    {
        var run = await Robot.RunAsync("migrate", ["--only", Name]);

        var state = await SandboxState.ReadAsync(Sandbox);
        Assert.That(state.Cloud.Count(c => c.Name == Name), Is.EqualTo(1), run.Transcript);
        Assert.That(Sandbox.Context.Faults.Counts.LostAnswers, Is.EqualTo(1), "one save stored and answered 500, no second one");
        Assert.That(Sandbox.Context.CloudSessions.IssuedTokens, Has.Count.GreaterThanOrEqualTo(2), "logged in again after the expired list");
        var row = run.Row(Name);
        Assert.That(row.Status, Is.EqualTo("migrated"), row.Message + "\n" + run.Transcript);
        Assert.That(row.Message, Does.Contain("found on Cloud after a save whose answer was lost"));
        Expect.SameOnCloud(state.ServerNamed(Name), state.CloudNamed(Name), state.ServerOAuthCredentials);
        await AssertNoSecretsAsync(run);
    }
}

/// <summary>Whether a Cloud refusal is retried hangs on the settings' fault words, not on words the robot was written against.</summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class FaultWordsTests : RobotFixture
{
    private const string Words = "Der Dienst ist vorübergehend ausgefallen.";

    protected override SandboxOptions Options => new()
    {
        Faults = new FaultOptions { SaveFailureRate = 1.0, SaveFaultMessage = Words },
    };

    [Test]
    public async Task A_refusal_in_words_the_settings_do_not_name_is_not_retried_and_one_they_name_is()
    {
        var plain = await Robot.RunAsync("migrate", ["--only", "Ops POP3"]);
        var unnamed = plain.Row("Ops POP3");
        Assert.That((unnamed.Status, unnamed.Attempts), Is.EqualTo(("failed", 1)), unnamed.Message);
        Assert.That(unnamed.Message, Does.Contain("Save refused: " + Words));

        var named = await Robot.RunAsync("migrate", ["--only", "Ops POP3", "--Retry:FaultWords:0=vorübergehend AUSGEFALLEN"]);
        var retried = named.Row("Ops POP3");
        Assert.That((retried.Status, retried.Attempts), Is.EqualTo(("failed", 3)), retried.Message + "\n" + named.Transcript);
        Assert.That(retried.Message, Does.StartWith("gave up after 3 attempt(s)").And.Contain(Words));
        Assert.That(Sandbox.Context.Faults.Counts.SaveFaults, Is.EqualTo(4), "one refused save, then three");
        Assert.That((await SandboxState.ReadAsync(Sandbox)).CloudNamed("Ops POP3"), Is.Null);
        await AssertNoSecretsAsync(plain, named);
    }
}
