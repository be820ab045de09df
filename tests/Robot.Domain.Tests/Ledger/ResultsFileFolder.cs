using Robot.Adapters.Ledger;

namespace Robot.Domain.Tests.Ledger;

/// <summary>A fresh folder per test with the path results.csv takes in it.</summary>
public abstract class ResultsFileFolder
{
    private TempFolder folder = null!;

    protected string ResultsPath { get; private set; } = null!;

    [SetUp]
    public void MakeFolder()
    {
        folder = new TempFolder();
        ResultsPath = folder.File(CsvResultsLedger.FileName);
    }

    [TearDown]
    public void RemoveFolder() => folder.Dispose();
}
