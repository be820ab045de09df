namespace Robot.EndToEnd.Tests;

/// <summary>
/// Playwright keeps a traced context's raw trace chunks (<c>*.trace</c>, <c>*.network</c>) in
/// <c>$TMPDIR/playwright-artifacts-*</c> until the browser closes, and a SIGKILL leaves them there. TraceMasker masks
/// only the trace.zip the robot keeps; these chunks hold the network log (the Test Connection and Save request bodies
/// with the mailbox password, the Cookie headers) unmasked.
/// </summary>
[TestFixture]
public class PlaywrightTempFolderTests : RobotFixture
{
    [Test]
    [Explicit("Known leak found while proving issue 17: Playwright's raw trace chunks hold the traced connection's password and the session cookies. Fails until the robot keeps them out of /tmp (e.g. its own TracesDir, wiped at start and end, or traces without network bodies).")]
    public async Task A_traced_run_leaves_no_password_or_cookie_in_Playwrights_temporary_folders()
    {
        var run = await Robot.RunAsync("migrate", ["--only", "Wrong Password IMAP", "--only", "Ops POP3"]);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Transcript);

        Assert.That(PlaywrightTempFilesContaining(await AllSecretsAsync()), Is.Empty);
    }
}
