using Robot.Adapters.Secrets;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>The Server shows blank password fields: without a secrets source the robot saves nothing; with one, it migrates.</summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class WithheldPasswordTests : RobotFixture
{
    protected override SandboxOptions Options => new() { WithholdServerPasswords = true };

    private static readonly string SalesVariable = SecretSource.EnvironmentVariableFor("Sales POP3");

    [Test, Order(1)]
    public async Task Without_a_secrets_source_the_connection_needs_a_password_and_is_not_saved()
    {
        var run = await Robot.RunAsync("migrate", ["--only", "Support IMAP", "--only", "Sales POP3"]);
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Transcript);
        Assert.That(run.StatusByName().Values.Distinct(), Is.EqualTo(new[] { "needs-password" }));
        Assert.That(run.Row("Support IMAP").Message, Does.Contain("withholds the password"));
        var state = await SandboxState.ReadAsync(Sandbox);
        Assert.That(state.CloudNamed("Support IMAP"), Is.Null, "never saved with a blank password");
        Assert.That(state.CloudNamed("Sales POP3"), Is.Null);
        Assert.That(File.ReadAllText(run.InventoryPath), Does.Contain(",no\r\n"), "inventory.csv says the password was not found");
    }

    [Test, Order(2)]
    public async Task With_a_secrets_file_and_a_secret_variable_the_connections_are_migrated()
    {
        var state = await SandboxState.ReadAsync(Sandbox);
        // The sandbox keeps the real passwords (its state hook shows them); the Server's UI withholds them.
        var support = state.ServerNamed("Support IMAP").Password;
        var sales = state.ServerNamed("Sales POP3").Password;
        var secretsFile = Path.Combine(Robot.WorkFolder, "secrets-outside-the-output.json");
        File.WriteAllText(secretsFile, $$"""{ "Support IMAP": "{{support}}" }""");
        Robot.WriteSettings($"\"SecretsFile\": \"{secretsFile}\"");
        try
        {
            var run = await Robot.RunAsync("migrate", ["--only", "Support IMAP", "--only", "Sales POP3"],
                environment: Robot.EnvironmentWith(new Dictionary<string, string?> { [SalesVariable] = sales }));
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
            Assert.That(run.StatusByName().Values.Distinct(), Is.EqualTo(new[] { "migrated" }));
            var after = await SandboxState.ReadAsync(Sandbox);
            Expect.SameOnCloud(after.ServerNamed("Support IMAP"), after.CloudNamed("Support IMAP"), after.ServerOAuthCredentials);
            Expect.SameOnCloud(after.ServerNamed("Sales POP3"), after.CloudNamed("Sales POP3"), after.ServerOAuthCredentials);
            await AssertNoSecretsAsync(run);
        }
        finally
        {
            Robot.WriteSettings();
        }
    }
}
