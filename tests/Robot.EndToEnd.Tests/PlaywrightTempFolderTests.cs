using Robot.TestSupport;
namespace Robot.EndToEnd.Tests;

/// <summary>
/// Playwright keeps a traced context's raw trace chunks (<c>*.trace</c>, <c>*.network</c>) in
/// <c>$TMPDIR/playwright-artifacts-*</c> until the browser closes, and a SIGKILL leaves them there. TraceMasker masks
/// only the trace.zip the robot keeps; these chunks hold the network log (the Test Connection and Save request bodies
/// with the mailbox password, the Cookie headers) unmasked. The robot records them in a folder of its own
/// (PrivateTraceFolder: owner-only, deleted when the browser closes), so nothing of them reaches the shared folder.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class PlaywrightTempFolderTests : RobotFixture
{
    protected override bool RecordsFailureTraces => true;

    [Test]
    public async Task A_traced_run_leaves_no_password_or_cookie_in_Playwrights_temporary_folders()
    {
        // The real robot process, so that its own browser launch is what is proven (in-process runs use the tests' browser).
        var output = Robot.NewOutputFolder("traced");
        var run = await ChildRun.RunAsync([.. Robot.CommandLine("migrate", ["--only", "Wrong Password IMAP", "--only", "Ops POP3"], output)],
            Robot.WorkFolder, Robot.ChildEnvironment());
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(File.Exists(Path.Combine(output, "evidence", "Wrong-Password-IMAP", "trace.zip")), Is.True, "a trace was recorded and kept");

        Assert.That(PlaywrightTempFilesContaining(await AllSecretsAsync()), Is.Empty);
    }
}
