using Robot.Adapters.Configuration;

namespace Robot.Domain.Tests.Configuration;

public class RobotSettingsLoaderTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    private string Settings(string json) => folder.Write(RobotSettings.FileName, json);

    private static ConfigurationException Refused(TestDelegate load) => Assert.Throws<ConfigurationException>(load)!;

    [Test]
    public void The_shipped_settings_file_loads_with_the_documented_value_maps()
    {
        var shipped = RobotSettingsLoader.FindDefault(TestContext.CurrentContext.TestDirectory);
        var settings = RobotSettingsLoader.Load(shipped);
        var rules = settings.ToMappingRules();
        Assert.Multiple(() =>
        {
            Assert.That(settings.Server.Password, Is.Null.Or.Empty.Or.EqualTo(Environment.GetEnvironmentVariable("ROBOT_Server__Password")));
            Assert.That(rules.EncryptionMap, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["No Encryption"] = "None", ["SSL/TLS"] = "SSL/TLS", ["STARTTLS"] = "STARTTLS",
            }));
            Assert.That(rules.ServiceProviders, Is.EqualTo(new ServiceProviderNames()));
            Assert.That(File.ReadAllText(shipped), Does.Not.Contain("\"Password\""));
        });
    }

    [Test]
    public void Values_are_read_from_the_file()
    {
        var settings = RobotSettingsLoader.Load(Settings("""
            {
              "Server": { "BaseUrl": "http://server.test:8080/jira", "Username": "admin" },
              "Cloud": { "BaseUrl": "https://cloud.test", "Email": "admin@cloud.test" },
              "Workers": 4,
              "Retry": { "Count": 5, "BaseDelayMs": 250 },
              "SaveOnTestFailure": true,
              "UpdateExisting": true,
              "DefaultTimeoutMs": 15000,
              "OAuthAccountTypes": { "Shared Mailbox": "microsoft365" },
              "ValueMaps": { "Encryption": { "Keine": "None" }, "ServiceProviders": { "Imap": "IMAP generic" } },
              "Output": "results",
              "SecretsFile": "/etc/robot/secrets.json"
            }
            """));
        var rules = settings.ToMappingRules();
        Assert.Multiple(() =>
        {
            Assert.That(settings.Server.BaseUrl, Is.EqualTo("http://server.test:8080/jira"));
            Assert.That(settings.Cloud.Email, Is.EqualTo("admin@cloud.test"));
            Assert.That((settings.Workers, settings.Retry.Count, settings.Retry.BaseDelayMs), Is.EqualTo((4, 5, 250)));
            Assert.That((settings.SaveOnTestFailure, settings.UpdateExisting), Is.EqualTo((true, true)));
            Assert.That(rules.DefaultTimeoutMs, Is.EqualTo(15000));
            Assert.That(rules.OAuthAccountTypeOverrides["shared mailbox"], Is.EqualTo(OAuthAccountType.Microsoft365));
            Assert.That(rules.EncryptionMap, Is.EquivalentTo(new Dictionary<string, string> { ["Keine"] = "None" }));
            Assert.That(rules.ServiceProviders.Imap, Is.EqualTo("IMAP generic"));
            Assert.That(rules.ServiceProviders.Pop3, Is.EqualTo("General POP3 service"));
            Assert.That(settings.OutputFolder, Is.EqualTo(Path.Combine(folder.Path, "results")));
            Assert.That(settings.SecretsFilePath, Is.EqualTo("/etc/robot/secrets.json"));
        });
    }

    [Test]
    public void Timeout_units_are_read_into_the_mapping_rules()
    {
        var rules = RobotSettingsLoader.Load(Settings("""{ "Units": { "Timeout": { "Server": "ms", "Cloud": "s", "Rounding": "nearest" } } }""")).ToMappingRules();
        Assert.That(rules.TimeoutUnits, Is.EqualTo(new TimeoutUnits(TimeUnit.Milliseconds, TimeUnit.Seconds, TimeRounding.Nearest)));
        Assert.That(RobotSettingsLoader.Load(Settings("{}")).ToMappingRules().TimeoutUnits, Is.EqualTo(TimeoutUnits.Default));
    }

    [Test]
    public void An_empty_file_gives_the_defaults()
    {
        var settings = RobotSettingsLoader.Load(Settings("{}"));
        Assert.Multiple(() =>
        {
            Assert.That((settings.Workers, settings.Retry.Count, settings.DefaultTimeoutMs), Is.EqualTo((1, 3, 10000)));
            Assert.That(settings.ToMappingRules().EncryptionMap, Is.EquivalentTo(MappingRules.DefaultEncryptionMap));
            Assert.That(settings.SecretsFilePath, Is.Null);
        });
    }

    [Test]
    public void Command_line_overrides_win_over_environment_which_wins_over_the_file()
    {
        var path = Settings("""{ "Workers": 2, "Retry": { "Count": 1 }, "Output": "from-file" }""");
        const string workersVariable = "ROBOT_Workers";
        const string outputVariable = "ROBOT_Output";
        Environment.SetEnvironmentVariable(workersVariable, "3");
        Environment.SetEnvironmentVariable(outputVariable, "from-environment");
        try
        {
            var settings = RobotSettingsLoader.Load(path, [new("Workers", "6")]);
            Assert.That((settings.Workers, settings.Output, settings.Retry.Count), Is.EqualTo((6, "from-environment", 1)));
        }
        finally
        {
            Environment.SetEnvironmentVariable(workersVariable, null);
            Environment.SetEnvironmentVariable(outputVariable, null);
        }
    }

    [Test]
    public void Passwords_come_from_the_environment()
    {
        const string variable = "ROBOT_Cloud__Password";
        Environment.SetEnvironmentVariable(variable, "cloud-pass-from-env");
        try
        {
            Assert.That(RobotSettingsLoader.Load(Settings("{}")).Cloud.Password, Is.EqualTo("cloud-pass-from-env"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Test]
    public void A_password_in_the_file_is_refused_naming_file_and_key()
    {
        var path = Settings("""{ "Server": { "Password": "hunter2" } }""");
        var error = Refused(() => RobotSettingsLoader.Load(path));
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain(path).And.Contain("Server:Password").And.Contain("ROBOT_Server__Password"));
            Assert.That(error.Message, Does.Not.Contain("hunter2"));
        });
    }

    [Test]
    public void A_password_on_the_command_line_is_refused()
    {
        var error = Refused(() => RobotSettingsLoader.Load(Settings("{}"), [new("Cloud:Password", "x")]));
        Assert.That((error.File, error.Key), Is.EqualTo((RobotSettingsLoader.CommandLine, "Cloud:Password")));
    }

    [Test]
    public void A_missing_file_is_refused_naming_it()
    {
        var path = folder.File("nowhere.json");
        var error = Refused(() => RobotSettingsLoader.Load(path));
        Assert.That(error.Message, Is.EqualTo($"{path}: file not found"));
    }

    [Test]
    public void Malformed_JSON_is_refused_with_its_line()
    {
        var path = Settings("{\n  \"Workers\": 2,\n  \"Output\" \"out\"\n}");
        var error = Refused(() => RobotSettingsLoader.Load(path));
        Assert.That(error.Message, Does.StartWith(path).And.Contain("line 3"));
    }

    [Test]
    public void A_misspelt_key_is_refused_naming_it()
    {
        var path = Settings("""{ "Retry": { "Cuont": 3 }, "$comment": "notes are fine" }""");
        var error = Refused(() => RobotSettingsLoader.Load(path));
        Assert.That((error.File, error.Key), Is.EqualTo((path, "Retry:Cuont")));
    }

    [Test]
    public void A_value_of_the_wrong_type_is_refused_naming_its_key()
    {
        var path = Settings("""{ "Workers": "many" }""");
        var error = Refused(() => RobotSettingsLoader.Load(path));
        Assert.That((error.File, error.Key), Is.EqualTo((path, "Workers")));
    }

    [TestCase("""{ "Workers": 0 }""", "Workers")]
    [TestCase("""{ "Workers": 33 }""", "Workers")]
    [TestCase("""{ "Retry": { "Count": -1 } }""", "Retry:Count")]
    [TestCase("""{ "Retry": { "BaseDelayMs": -5 } }""", "Retry:BaseDelayMs")]
    [TestCase("""{ "DefaultTimeoutMs": 60001 }""", "DefaultTimeoutMs")]
    [TestCase("""{ "Server": { "BaseUrl": "server.test" } }""", "Server:BaseUrl")]
    [TestCase("""{ "Cloud": { "BaseUrl": "ftp://cloud.test" } }""", "Cloud:BaseUrl")]
    [TestCase("""{ "OAuthAccountTypes": { "Box": "Yahoo" } }""", "OAuthAccountTypes:Box")]
    [TestCase("""{ "OAuthAccountTypes": { "Box": "1" } }""", "OAuthAccountTypes:Box")]
    [TestCase("""{ "ValueMaps": { "Encryption": { "SSL": "" } } }""", "ValueMaps:Encryption:SSL")]
    [TestCase("""{ "ValueMaps": { "ServiceProviders": { "Pop3": " " } } }""", "ValueMaps:ServiceProviders:Pop3")]
    [TestCase("""{ "Output": "" }""", "Output")]
    [TestCase("""{ "Units": { "Timeout": { "Cloud": "minutes" } } }""", "Units:Timeout:Cloud")]
    [TestCase("""{ "Units": { "Timeout": { "Server": "" } } }""", "Units:Timeout:Server")]
    [TestCase("""{ "Units": { "Timeout": { "Rounding": "sideways" } } }""", "Units:Timeout:Rounding")]
    public void Out_of_range_values_are_refused_naming_file_and_key(string json, string key)
    {
        var path = Settings(json);
        var error = Refused(() => RobotSettingsLoader.Load(path));
        Assert.Multiple(() =>
        {
            Assert.That((error.File, error.Key), Is.EqualTo((path, key)));
            Assert.That(error.Message, Does.StartWith($"{path}: key '{key}': "));
        });
    }

    [Test]
    public void Without_a_path_the_nearest_settings_file_upwards_is_found()
    {
        Settings("{}");
        var nested = Directory.CreateDirectory(Path.Combine(folder.Path, "a", "b")).FullName;
        Assert.That(RobotSettingsLoader.FindDefault(nested), Is.EqualTo(folder.File(RobotSettings.FileName)));
    }
}
