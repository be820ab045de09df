using Robot.Adapters.Configuration;

namespace Robot.Domain.Tests.Configuration;

public class SelectorCatalogTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void SetUp() => folder = new TempFolder();

    [TearDown]
    public void TearDown() => folder.Dispose();

    private string Selectors(string json, string name = SelectorCatalog.CloudFileName) => folder.Write(Path.Combine("selectors", name), json);

    [Test]
    public void Nested_objects_become_dotted_keys_and_notes_are_left_out()
    {
        Selectors("""
            {
              "$comment": "what a person sees",
              "login": { "username": "label:Username", "submit": "role:button:Log In", "$note": "x" },
              "panel": { "fields": { "port": "label:Port" } },
              "pageSize": 50,
              "strict": true
            }
            """);
        var catalog = SelectorCatalog.LoadCloud(folder.File("selectors"));
        Assert.That(catalog.Entries, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["login.username"] = "label:Username",
            ["login.submit"] = "role:button:Log In",
            ["panel.fields.port"] = "label:Port",
            ["pageSize"] = "50",
            ["strict"] = "true",
        }));
        Assert.That(catalog["login.submit"], Is.EqualTo("role:button:Log In"));
    }

    [Test]
    public void Server_and_Cloud_files_are_found_by_name()
    {
        Selectors("""{ "a": "server" }""", SelectorCatalog.ServerFileName);
        Selectors("""{ "a": "cloud" }""", SelectorCatalog.CloudFileName);
        var selectors = folder.File("selectors");
        Assert.That((SelectorCatalog.LoadServer(selectors)["a"], SelectorCatalog.LoadCloud(selectors)["a"]), Is.EqualTo(("server", "cloud")));
    }

    [Test]
    public void A_missing_key_is_refused_naming_file_and_key()
    {
        var path = Selectors("""{ "login": { "username": "label:Username" } }""");
        var catalog = SelectorCatalog.Load(path);
        var error = Assert.Throws<ConfigurationException>(() => catalog.Get("login.password"))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: key 'login.password': is missing"));
    }

    [Test]
    public void A_blank_selector_is_refused()
    {
        var path = Selectors("""{ "login": { "username": "  " } }""");
        var error = Assert.Throws<ConfigurationException>(() => SelectorCatalog.Load(path).Get("login.username"))!;
        Assert.That((error.Key, error.Reason), Is.EqualTo(("login.username", "is blank")));
    }

    [Test]
    public void Require_all_names_every_missing_key_at_once()
    {
        var path = Selectors("""{ "a": "x", "b": "" }""");
        var error = Assert.Throws<ConfigurationException>(() => SelectorCatalog.Load(path).RequireAll(["a", "b", "c"]))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: key 'b, c': are missing or blank"));
    }

    [Test]
    public void Require_all_passes_when_everything_is_there() =>
        Assert.DoesNotThrow(() => SelectorCatalog.Load(Selectors("""{ "a": { "b": "x" } }""")).RequireAll(["a.b"]));

    [Test]
    public void A_missing_file_is_refused_naming_it()
    {
        var path = folder.File("selectors/cloud.json");
        var error = Assert.Throws<ConfigurationException>(() => SelectorCatalog.Load(path))!;
        Assert.That(error.Message, Is.EqualTo($"{path}: file not found"));
    }

    [Test]
    public void Malformed_JSON_is_refused_with_its_line()
    {
        var path = Selectors("{\n  \"login\": {\n    \"username\": \"label:Username\",,\n  }\n}");
        var error = Assert.Throws<ConfigurationException>(() => SelectorCatalog.Load(path))!;
        Assert.That(error.Message, Does.StartWith($"{path}: malformed JSON at line 3"));
    }

    [TestCase("""{ "login": { "buttons": ["a", "b"] } }""", "login.buttons")]
    [TestCase("""{ "login": { "username": null } }""", "login.username")]
    [TestCase("""{ "a": "x", "a": "y" }""", "a")]
    [TestCase("""{ "a": { "b": "x" }, "a.b": "y" }""", "a.b")]
    public void Values_that_are_not_selectors_are_refused_naming_the_key(string json, string key)
    {
        var path = Selectors(json);
        var error = Assert.Throws<ConfigurationException>(() => SelectorCatalog.Load(path))!;
        Assert.That((error.File, error.Key), Is.EqualTo((path, key)));
    }

    [Test]
    public void The_top_level_must_be_an_object()
    {
        var path = Selectors("""["label:Name"]""");
        var error = Assert.Throws<ConfigurationException>(() => SelectorCatalog.Load(path))!;
        Assert.That(error.Message, Does.StartWith(path).And.Contain("JSON object"));
    }
}
