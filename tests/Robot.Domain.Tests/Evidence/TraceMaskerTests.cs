using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Robot.Adapters.Evidence;

namespace Robot.Domain.Tests.Evidence;

/// <summary>The trace masker on a real zip laid out as a Playwright trace: every spelling of every secret goes, in every entry.</summary>
public class TraceMaskerTests
{
    private const string Password = "p\"a ss/wörd\\+&<1>";
    private const string Login = "cloud-admin-secret";

    /// <summary>As JSON.stringify writes it (the browser app's body, the trace writer's files).</summary>
    private static string Json(string text) =>
        JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static Dictionary<string, byte[]> Read(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static void Write(string zip, Dictionary<string, string> entries)
    {
        using var archive = ZipFile.Open(zip, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var stream = archive.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
    }

    [Test]
    public void Every_spelling_of_every_secret_is_masked_in_every_entry_and_the_rest_is_kept()
    {
        using var folder = new TempFolder();
        var zip = Path.Combine(folder.Path, "trace.zip");
        // The app's POST body (JSON.stringify), then that body inlined in trace.network (escaped once more).
        var body = $"{{\"name\":\"Support\",\"password\":{Json(Password)}}}";
        Write(zip, new Dictionary<string, string>
        {
            ["trace.trace"] = $"{{\"type\":\"before\",\"method\":\"fill\",\"params\":{{\"value\":{Json(Password)}}}}}\n" +
                              $"{{\"type\":\"frame-snapshot\",\"html\":[\"INPUT\",{{\"__playwright_value_\":{Json(Login)}}}]}}\n",
            ["trace.network"] = $"{{\"request\":{{\"postData\":{{\"text\":{Json(body)}}}}}}}\n",
            ["resources/0a1b2c.dat"] = body,
            ["resources/form.dat"] = "user=a&password=" + Uri.EscapeDataString(Password) + "&x=" + System.Net.WebUtility.UrlEncode(Password),
            ["resources/page.html"] = "<input value=\"" + System.Net.WebUtility.HtmlEncode(Password) + "\">",
            ["resources/escaped.json"] = JsonSerializer.Serialize(new { v = Password }),
        });

        var replaced = TraceMasker.MaskArchive(zip, [Password, Login, null, ""]);

        var entries = Read(zip);
        Assert.That(entries.Keys, Is.EquivalentTo(new[]
        {
            "trace.trace", "trace.network", "resources/0a1b2c.dat", "resources/form.dat", "resources/page.html", "resources/escaped.json",
        }), "the archive keeps its entries");
        Assert.That(replaced, Is.EqualTo(8), "two in trace.trace, one in each of the others but the form, which has two");
        foreach (var (name, bytes) in entries)
        {
            var text = Encoding.UTF8.GetString(bytes);
            foreach (var form in TraceMasker.Spellings([Password, Login]))
                Assert.That(bytes.AsSpan().IndexOf(form), Is.LessThan(0), $"{name}: {Encoding.UTF8.GetString(form)} in {text}");
            Assert.That(text, Does.Not.Contain("wörd").And.Not.Contain("cloud-admin"), name);
            Assert.That(text, Does.Contain(TraceMasker.Mask), name);
        }
        var trace = Encoding.UTF8.GetString(entries["trace.trace"]);
        Assert.That(trace, Does.Contain("\"method\":\"fill\"").And.Contain("__playwright_value_"), "only the secrets change");
        // The masked JSON still reads as JSON.
        Assert.That(() => JsonDocument.Parse(entries["trace.network"]), Throws.Nothing);
        Assert.That(JsonDocument.Parse(entries["resources/0a1b2c.dat"]).RootElement.GetProperty("password").GetString(), Is.EqualTo(TraceMasker.Mask));
    }

    [Test]
    public void An_archive_without_secrets_is_unchanged_but_for_its_compression()
    {
        using var folder = new TempFolder();
        var zip = Path.Combine(folder.Path, "trace.zip");
        Write(zip, new Dictionary<string, string> { ["trace.trace"] = "{\"type\":\"before\"}", ["resources/a.png"] = "\u0089PNG" });
        Assert.That(TraceMasker.MaskArchive(zip, ["not-there"]), Is.Zero);
        var entries = Read(zip);
        Assert.That(Encoding.UTF8.GetString(entries["trace.trace"]), Is.EqualTo("{\"type\":\"before\"}"));
        Assert.That(Encoding.UTF8.GetString(entries["resources/a.png"]), Is.EqualTo("\u0089PNG"));
        Assert.That(File.Exists(zip + ".masking"), Is.False, "no temporary file left");
    }
}
