using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Adapters.Configuration;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests.Unit;

[Category(TestTiers.Unit)]
public class SelectorSpecTests
{
    [TestCase("role:button:Log In", SelectorKind.Role, false, "Log In")]
    [TestCase("role:row", SelectorKind.Role, false, "")]
    [TestCase("role~:dialog:Edit", SelectorKind.Role, true, "Edit")]
    [TestCase("label:OAuth2 Credentials", SelectorKind.Label, false, "OAuth2 Credentials")]
    [TestCase("text~:session has expired", SelectorKind.Text, true, "session has expired")]
    [TestCase("placeholder:Enter your email", SelectorKind.Placeholder, false, "Enter your email")]
    [TestCase("css:iframe[title='Email This Issue']", SelectorKind.Css, false, "iframe[title='Email This Issue']")]
    [TestCase("role:cell:a:b", SelectorKind.Role, false, "a:b")]
    public void Parses_every_kind(string text, SelectorKind kind, bool substring, string value)
    {
        var spec = SelectorSpec.Parse(text);
        Assert.That((spec.Kind, spec.Substring, spec.Value), Is.EqualTo((kind, substring, value)));
    }

    [Test]
    public void Roles_are_aria_roles()
    {
        Assert.That(SelectorSpec.Parse("role:menuitem:Edit").Role, Is.EqualTo(AriaRole.Menuitem));
        Assert.That(SelectorSpec.Parse("role:progressbar").Role, Is.EqualTo(AriaRole.Progressbar));
    }

    [TestCase("", "is empty")]
    [TestCase("Log In", "has no kind")]
    [TestCase("button:Save", "unknown kind 'button'")]
    [TestCase("role:knob:Save", "unknown ARIA role 'knob'")]
    [TestCase("label:", "has nothing after")]
    [TestCase("css~:div", "no substring form")]
    public void Refuses_malformed_specs_saying_why(string text, string reason)
    {
        Assert.That(SelectorSpec.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(reason));
    }

    [Test]
    public void Fills_placeholders()
    {
        var spec = SelectorSpec.Parse("role:cell:{name}").With(new Dictionary<string, string> { ["name"] = "Quotes, \"Commas\" & <b>Tags</b>" });
        Assert.That(spec.Value, Is.EqualTo("Quotes, \"Commas\" & <b>Tags</b>"));
        var css = SelectorSpec.Parse("css:[data-name='{name}']").With(new Dictionary<string, string> { ["name"] = "it's" });
        Assert.That(css.Value, Is.EqualTo("[data-name='it\\'s']"));
    }

    [TestCase("text:Connection successful", "Connection  successful", true)]
    [TestCase("text:Connection successful", "Connection successful!", false)]
    [TestCase("text~:connection successful", "Test: Connection Successful.", true)]
    [TestCase("text:Testing…", "Testing…", true)]
    public void Matches_text_as_playwright_does(string spec, string text, bool matches) =>
        Assert.That(SelectorSpec.Parse(spec).MatchesText(text), Is.EqualTo(matches));

    [Test]
    public void The_shipped_catalogs_hold_every_key_the_page_objects_need()
    {
        Assert.DoesNotThrow(() => PlaywrightServerSite.CheckSelectors(SelectorCatalog.LoadServer(RepoPaths.Selectors)));
        Assert.DoesNotThrow(() => PlaywrightCloudSite.CheckSelectors(SelectorCatalog.LoadCloud(RepoPaths.Selectors)));
    }

    [Test]
    public void A_broken_key_is_refused_with_file_and_key()
    {
        var folder = Directory.CreateTempSubdirectory("robot-selectors-").FullName;
        try
        {
            var path = Path.Combine(folder, "cloud.json");
            File.WriteAllText(path, File.ReadAllText(Path.Combine(RepoPaths.Selectors, "cloud.json"))
                .Replace("\"role:button:Save\"", "\"button:Save\"", StringComparison.Ordinal));
            var error = Assert.Throws<ConfigurationException>(() => PlaywrightCloudSite.CheckSelectors(SelectorCatalog.Load(path)))!;
            Assert.That(error.File, Is.EqualTo(path));
            Assert.That(error.Key, Is.EqualTo("panel.saveButton"));
            Assert.That(error.Message, Does.Contain("unknown kind 'button'"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
