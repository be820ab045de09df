using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests.Quirks;

/// <summary>
/// The Cloud's OAuth2 Credentials page never finishes loading: only the OAuth connection needs it, so only it fails
/// (with that reason); the others are planned and migrated as usual.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class UnreadableOAuthCredentialsTests : QuirkFixture
{
    protected override PageQuirks PageQuirks => new() { CloudOAuthCredentialsPageHangs = true };

    protected override bool SeedNeverFills => false;

    [Test]
    public async Task Only_the_OAuth_connection_fails_and_the_others_are_migrated()
    {
        var run = await Robot.RunAsync("migrate", ["--only", "Plain*", "--only", "*OAuth*"]);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Transcript);
        Assert.That(run.Rows().Select(r => (r.Name, r.Status)), Is.EquivalentTo(new[]
        {
            ("Plain IMAP", "migrated"), ("Plain POP3 SSL", "migrated"), (QuirkSeed.OAuth, "failed"),
        }), run.Transcript);
        Assert.That(run.Row(QuirkSeed.OAuth).Message, Does.StartWith("the Cloud's OAuth2 Credentials could not be read"));
        var state = await SandboxState.ReadAsync(Sandbox);
        Assert.That(state.Cloud.Select(c => c.Name), Is.EquivalentTo(new[] { "Plain IMAP", "Plain POP3 SSL" }));
    }
}
