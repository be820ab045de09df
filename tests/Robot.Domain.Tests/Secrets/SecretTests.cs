using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Microsoft.Extensions.Configuration;

namespace Robot.Domain.Tests.Secrets;

public class SecretTests
{
    private const string Password = "hunter2-Tr0ub4dor";

    private sealed record Holder(string Name, Secret Password);

    private sealed class LoginSettings
    {
        public Secret? Password { get; set; }
    }

    [Test]
    public void Prints_masked_alone_and_inside_a_record()
    {
        var secret = Secret.Of(Password);
        Assert.Multiple(() =>
        {
            Assert.That(secret.ToString(), Is.EqualTo(SecretText.Mask));
            Assert.That($"{secret}", Does.Not.Contain(Password));
            Assert.That(new Holder("a", secret).ToString(), Does.Not.Contain(Password).And.Contain(SecretText.Mask));
        });
    }

    [Test]
    public void Gives_its_value_only_when_revealed() =>
        Assert.That(Secret.Of(Password).Reveal(), Is.EqualTo(Password));

    [Test]
    public void System_text_json_refuses_to_write_it() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Holder("a", Secret.Of(Password))));

    [Test]
    public void System_text_json_refuses_to_read_it() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>($$"""{"Name":"a","Password":"{{Password}}"}"""));

    [Test]
    public void Csv_writes_no_value_of_it()
    {
        using var text = new StringWriter();
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
            csv.WriteRecords([new Holder("a", Secret.Of(Password))]);
        Assert.That(text.ToString(), Does.Not.Contain(Password));
    }

    [Test]
    public void Configuration_binds_a_setting_to_it()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Password"] = Password })
            .Build();
        Assert.That(configuration.Get<LoginSettings>()!.Password?.Reveal(), Is.EqualTo(Password));
    }

    [Test]
    public void Empty_is_no_secret() =>
        Assert.That(Secret.OrNull(""), Is.Null);

    [Test]
    public void Equal_values_are_equal_secrets()
    {
        var secret = Secret.Of(Password);
        Assert.That(secret, Is.EqualTo(Secret.Of(Password)).And.Not.EqualTo(Secret.Of(Password + "x")));
    }

    [Test]
    public void A_connection_on_either_site_holds_its_password_as_a_secret()
    {
        var server = Make.Server(password: Password);
        var cloud = Make.Cloud(server);
        Assert.Multiple(() =>
        {
            Assert.That(server.Password?.Reveal(), Is.EqualTo(Password));
            Assert.That(cloud.Password, Is.EqualTo(server.Password));
            Assert.Throws<JsonException>(() => JsonSerializer.Serialize(server), "a Server connection is never written to JSON with its password");
            Assert.Throws<JsonException>(() => JsonSerializer.Serialize(cloud), "nor a Cloud one");
            foreach (var field in Robot.Domain.Kinds.IncomingMailFields.All)
                Assert.That(new[] { field.ServerValue(server), field.CloudValue?.Invoke(cloud) ?? "" }, Has.None.Contains(Password), field.ServerName);
        });
    }
}
