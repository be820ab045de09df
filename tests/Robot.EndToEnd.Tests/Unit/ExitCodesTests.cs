using Robot.Cli;
using Robot.Runner;

namespace Robot.EndToEnd.Tests.Unit;

/// <summary>How a run's verdict becomes the exit code README documents (0, 1, 2, 3).</summary>
public class ExitCodesTests
{
    [TestCase(RunVerdict.AllDone, 0)]
    [TestCase(RunVerdict.NeedsAttention, 1)]
    [TestCase(RunVerdict.StoppedByChangedUi, 2)]
    [TestCase(RunVerdict.Aborted, 3)]
    public void Each_verdict_has_its_documented_exit_code(RunVerdict verdict, int exit) =>
        Assert.That(ExitCodes.Of(verdict), Is.EqualTo(exit));

    [Test]
    public void Every_verdict_is_mapped() =>
        Assert.That(() => Enum.GetValues<RunVerdict>().Select(ExitCodes.Of).ToList(), Throws.Nothing);
}
