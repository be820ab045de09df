using Robot.Adapters.Configuration;

namespace Robot.Domain.Tests.Configuration;

public class PlaywrightSettingsLoaderTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    private string Config(string json) => folder.Write(PlaywrightSettings.FileName, json);

    [Test]
    public void An_empty_file_gives_the_machines_Chromium_headless_with_safe_switches()
    {
        var settings = PlaywrightSettingsLoader.Load(Config("{}"));
        Assert.Multiple(() =>
        {
            Assert.That(settings.ExecutablePath, Is.EqualTo("/usr/bin/chromium"));
            Assert.That(settings.Headless, Is.True);
            Assert.That(settings.SlowMoMs, Is.Zero);
            Assert.That((settings.Viewport.Width, settings.Viewport.Height), Is.EqualTo((1280, 800)));
            Assert.That(settings.Args, Is.EqualTo(new[]
            {
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            }));
            Assert.That(settings.WsEndpoint, Is.Null);
        });
    }

    [Test]
    public void Values_in_the_file_replace_the_defaults()
    {
        var settings = PlaywrightSettingsLoader.Load(Config("""
            {
              "$comment": "for people",
              "ExecutablePath": "/opt/chromium/chrome",
              "Headless": false,
              "SlowMoMs": 250,
              "TimeoutMs": 5000,
              "NavigationTimeoutMs": 20000,
              "Viewport": { "Width": 1600, "Height": 900 },
              "Args": [ "--no-sandbox" ],
              "WsEndpoint": "ws://127.0.0.1:9222/devtools"
            }
            """));
        Assert.Multiple(() =>
        {
            Assert.That(settings.ExecutablePath, Is.EqualTo("/opt/chromium/chrome"));
            Assert.That((settings.Headless, settings.SlowMoMs, settings.TimeoutMs, settings.NavigationTimeoutMs), Is.EqualTo((false, 250, 5000, 20000)));
            Assert.That((settings.Viewport.Width, settings.Viewport.Height), Is.EqualTo((1600, 900)));
            Assert.That(settings.Args, Is.EqualTo(new[] { "--no-sandbox" }));
            Assert.That(settings.WsEndpoint, Is.EqualTo("ws://127.0.0.1:9222/devtools"));
        });
    }

    [Test]
    public void Command_line_overrides_win()
    {
        var settings = PlaywrightSettingsLoader.Load(Config("""{ "Headless": true }"""), [new("Headless", "false"), new("SlowMoMs", "500")]);
        Assert.That((settings.Headless, settings.SlowMoMs), Is.EqualTo((false, 500)));
    }

    [Test]
    public void A_missing_file_is_refused_naming_it()
    {
        var path = folder.File(PlaywrightSettings.FileName);
        var error = Assert.Throws<ConfigurationException>(() => PlaywrightSettingsLoader.Load(path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: file not found"));
    }

    [Test]
    public void Malformed_JSON_is_refused_with_its_line()
    {
        var path = Config("{\n  \"Headless\": true\n  \"SlowMoMs\": 1\n}");
        var error = Assert.Throws<ConfigurationException>(() => PlaywrightSettingsLoader.Load(path))!;
        Assert.That(error.Message, Does.StartWith(path).And.Contain("line 3"));
    }

    [TestCase("""{ "Headles": true }""", "Headles")]
    [TestCase("""{ "Viewport": { "Widht": 10 } }""", "Viewport:Widht")]
    [TestCase("""{ "ExecutablePath": "" }""", "ExecutablePath")]
    [TestCase("""{ "SlowMoMs": -1 }""", "SlowMoMs")]
    [TestCase("""{ "TimeoutMs": 0 }""", "TimeoutMs")]
    [TestCase("""{ "NavigationTimeoutMs": 0 }""", "NavigationTimeoutMs")]
    [TestCase("""{ "Viewport": { "Width": 10 } }""", "Viewport:Width")]
    [TestCase("""{ "Viewport": { "Height": 100000 } }""", "Viewport:Height")]
    [TestCase("""{ "WsEndpoint": "localhost:9222" }""", "WsEndpoint")]
    public void Wrong_values_are_refused_naming_file_and_key(string json, string key)
    {
        var path = Config(json);
        var error = Assert.Throws<ConfigurationException>(() => PlaywrightSettingsLoader.Load(path))!;
        Assert.That((error.File, error.Key), Is.EqualTo((path, key)));
    }
}
