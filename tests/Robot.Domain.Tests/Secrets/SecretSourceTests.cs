using Robot.Adapters.Configuration;
using Robot.Adapters.Secrets;

namespace Robot.Domain.Tests.Secrets;

public class SecretSourceTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [TestCase("Sales POP3", "ROBOT_SECRET_SALES_POP3")]
    [TestCase("Gmail Support (OAuth)", "ROBOT_SECRET_GMAIL_SUPPORT_OAUTH")]
    [TestCase("helpdesk-imap.eu", "ROBOT_SECRET_HELPDESK_IMAP_EU")]
    [TestCase("  Ops  ", "ROBOT_SECRET_OPS")]
    [TestCase("Zürich 2", "ROBOT_SECRET_Z_RICH_2")]
    [TestCase("already_UPPER_9", "ROBOT_SECRET_ALREADY_UPPER_9")]
    public void Environment_variable_name_is_the_normalised_connection_name(string name, string variable) =>
        Assert.That(SecretSource.EnvironmentVariableFor(name), Is.EqualTo(variable));

    [Test]
    public void Password_comes_from_the_environment_first()
    {
        var file = folder.Write("secrets.json", """{ "Sales POP3": "from-file" }""");
        var source = SecretSource.Load(file, Environment(("ROBOT_SECRET_SALES_POP3", "from-env")));
        Assert.That(source.PasswordFor("Sales POP3")?.Reveal(), Is.EqualTo("from-env"));
    }

    [Test]
    public void Password_comes_from_the_file_by_exact_then_case_insensitive_name()
    {
        var file = folder.Write("secrets.json", """{ "$comment": "keep outside the repo", "Sales POP3": "exact", "sales pop3": "lower", "Ops": "ops" }""");
        var source = SecretSource.Load(file, Environment());
        Assert.Multiple(() =>
        {
            Assert.That(source.PasswordFor("Sales POP3")?.Reveal(), Is.EqualTo("exact"));
            Assert.That(source.PasswordFor("OPS")?.Reveal(), Is.EqualTo("ops"));
            Assert.That(source.PasswordFor("Unknown")?.Reveal(), Is.Null);
            Assert.That(source.PasswordFor("$comment")?.Reveal(), Is.Null);
        });
    }

    [Test]
    public void Without_a_file_only_the_environment_is_asked()
    {
        var source = SecretSource.Load(null, Environment(("ROBOT_SECRET_OPS", "ops-pass")));
        Assert.That((source.PasswordFor("Ops")?.Reveal(), source.PasswordFor("Sales")?.Reveal()), Is.EqualTo(("ops-pass", (string?)null)));
    }

    [Test]
    public void A_missing_secrets_file_is_refused_naming_it()
    {
        var path = folder.File("missing.json");
        var error = Assert.Throws<ConfigurationException>(() => SecretSource.Load(path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: secrets file not found"));
    }

    [Test]
    public void A_malformed_secrets_file_is_refused_without_quoting_its_content()
    {
        var path = folder.Write("secrets.json", "{\n  \"Sales\": \"TopSecret-1\",\n  \"Ops\": TopSecret-2\n}");
        var error = Assert.Throws<ConfigurationException>(() => SecretSource.Load(path))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith(path).And.Contain("line 3"));
            Assert.That(error.ToString(), Does.Not.Contain("TopSecret"));
        });
    }

    [Test]
    public void A_value_that_is_not_a_string_is_refused_naming_the_key_only()
    {
        var path = folder.Write("secrets.json", """{ "Sales": { "password": "TopSecret-3" } }""");
        var error = Assert.Throws<ConfigurationException>(() => SecretSource.Load(path))!;
        Assert.Multiple(() =>
        {
            Assert.That((error.File, error.Key), Is.EqualTo((path, "Sales")));
            Assert.That(error.Message, Does.Not.Contain("TopSecret"));
        });
    }
}
