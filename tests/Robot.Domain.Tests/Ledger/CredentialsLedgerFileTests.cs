using Robot.Adapters.Ledger;
using Robot.Domain.Kinds.OAuth2;

namespace Robot.Domain.Tests.Ledger;

/// <summary>oauth2-credentials.csv as a user's output folder may hold it: missing, blank, of other columns.</summary>
public class CredentialsLedgerFileTests
{
    private TempFolder folder = null!;

    private string LedgerPath => folder.File(CredentialsCsvWriter.FileName);

    [SetUp]
    public void MakeFolder() => folder = new TempFolder();

    [TearDown]
    public void RemoveFolder() => folder.Dispose();

    private static CredentialOutcome Migrated(string name) =>
        new(name, ConnectionStatus.Migrated, "Google", "https://cloud.example.test/callback", "created on Cloud");

    [TestCase(false)]
    [TestCase(true)]
    public void A_file_of_other_columns_is_refused_with_what_to_do_and_never_written_over(bool resume)
    {
        const string theirs = "name,owner\nSupport,Ann\n";
        File.WriteAllText(LedgerPath, theirs);

        var error = Assert.Throws<InvalidDataException>(() => _ = new CsvCredentialsLedger(LedgerPath, resume, []))!;

        Assert.That(error.Message, Is.EqualTo($"{LedgerPath} is not a credentials file this robot can read (its columns are [name,owner], " +
            "a credentials file's start with kind,name,status): move it aside or choose another output folder (--output)"));
        Assert.That(File.ReadAllText(LedgerPath), Is.EqualTo(theirs));
    }

    [TestCase("")]
    [TestCase("\uFEFF")]
    [TestCase("\r\n \n")]
    public void A_blank_file_has_no_rows_and_takes_the_first_credential(string text)
    {
        File.WriteAllText(LedgerPath, text);
        var ledger = new CsvCredentialsLedger(LedgerPath, keepEarlier: true, []);
        Assert.That(ledger.Earlier, Is.Empty);

        ledger.Append(Migrated("Google Sales"), []);

        var again = new CsvCredentialsLedger(LedgerPath, keepEarlier: true, []);
        Assert.That(again.Earlier.Select(row => (row.Name, row.Status)), Is.EqualTo(new[] { ("Google Sales", "migrated") }));
        Assert.That(again.DoneBefore, Is.EquivalentTo(new[] { "Google Sales" }));
    }
}
