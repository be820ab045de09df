using Robot.Adapters.Ledger;

namespace Robot.Domain.Tests.Ledger;

/// <summary>creates.journal: what a killed run leaves behind, and which names --resume must look for on Cloud before Add.</summary>
public class CreateJournalTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    private static LedgerRow Row(string name, int attempts) =>
        new("run-1", new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero), name, "IMAP", "General IMAP4 service", "SSL/TLS",
            "mail.example.test", "993", "u", attempts > 0 ? "migrated" : "already-exists", "passed", "", attempts, 10, "");

    private string JournalPath => folder.File(CreateJournal.FileName);

    [Test]
    public void A_begun_name_is_on_disk_at_once_while_the_journal_is_still_open()
    {
        using var journal = new CreateJournal(folder.Path);
        journal.Begin("Support");

        // Read while the writer is open, as after a SIGKILL: nothing may wait in a buffer.
        using var reader = new StreamReader(new FileStream(JournalPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        Assert.That(reader.ReadToEnd(), Is.EqualTo("+\"Support\"\n"));
        Assert.That(CreateJournal.Interrupted(folder.Path, []), Is.EquivalentTo(new[] { "Support" }));
    }

    [Test]
    public void A_begun_name_with_a_finished_row_is_not_interrupted()
    {
        using (var journal = new CreateJournal(folder.Path))
        {
            journal.Begin("Done");
            journal.Begin("Killed");
        }

        Assert.That(CreateJournal.Interrupted(folder.Path, [Row("Done", 1)]), Is.EquivalentTo(new[] { "Killed" }));
    }

    [Test]
    public void A_row_that_wrote_nothing_does_not_end_a_create()
    {
        using (var journal = new CreateJournal(folder.Path)) journal.Begin("Killed");

        Assert.That(CreateJournal.Interrupted(folder.Path, [Row("Killed", 0)]), Is.EquivalentTo(new[] { "Killed" }));
    }

    [Test]
    public void Each_begin_needs_its_own_row_across_runs_appended_to_one_journal()
    {
        using (var first = new CreateJournal(folder.Path)) first.Begin("Twice");
        using (var second = new CreateJournal(folder.Path)) second.Begin("Twice");

        Assert.That(File.ReadAllLines(JournalPath), Has.Length.EqualTo(2), "a second run appends, it does not start the journal afresh");
        Assert.That(CreateJournal.Interrupted(folder.Path, [Row("Twice", 1)]), Is.EquivalentTo(new[] { "Twice" }));
        Assert.That(CreateJournal.Interrupted(folder.Path, [Row("Twice", 1), Row("Twice", 2)]), Is.Empty);
    }

    [Test]
    public void A_line_cut_short_by_a_kill_is_not_a_name()
    {
        using (var journal = new CreateJournal(folder.Path)) journal.Begin("Whole");
        File.AppendAllText(JournalPath, "+\"Cut sho");

        Assert.That(CreateJournal.Interrupted(folder.Path, []), Is.EquivalentTo(new[] { "Whole" }));
    }

    [TestCase("Quote \" comma , and\nnewline")]
    [TestCase("+\"looks like a line\"")]
    [TestCase("Ünïcødé — 名前")]
    public void Any_name_comes_back_as_it_was_begun(string name)
    {
        using (var journal = new CreateJournal(folder.Path)) journal.Begin(name);

        Assert.That(File.ReadAllLines(JournalPath), Has.Length.EqualTo(1), "one line per name, whatever it holds");
        Assert.That(CreateJournal.Interrupted(folder.Path, []).Single(), Is.EqualTo(name));
        Assert.That(CreateJournal.Interrupted(folder.Path, [Row(name, 1)]), Is.Empty);
    }

    [Test]
    public void The_interrupted_names_are_matched_in_any_case_as_the_Cloud_does()
    {
        using (var journal = new CreateJournal(folder.Path)) journal.Begin("Support");

        Assert.That(CreateJournal.Interrupted(folder.Path, []).Contains("SUPPORT"), Is.True);
    }

    [Test]
    public void No_journal_means_nothing_interrupted() =>
        Assert.That(CreateJournal.Interrupted(folder.Path, [Row("A", 1)]), Is.Empty);

    [Test]
    public void Concurrent_workers_never_interleave_their_lines()
    {
        using (var journal = new CreateJournal(folder.Path))
            Parallel.For(0, 200, i => journal.Begin($"connection {i:000} with \"quotes\""));

        Assert.That(CreateJournal.Interrupted(folder.Path, []), Has.Count.EqualTo(200));
    }
}
