using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Robot.EndToEnd.Tests.Unit;

/// <summary>
/// The secret scan finds a planted secret in every spelling an artifact may hold it in, in a file and in a compressed
/// zip entry (a Playwright trace), and flags nothing in a clean file. The spellings are made here with the platform's
/// own encoders, not with the scan's decoders.
/// </summary>
public class SecretScanTests
{
    /// <summary>Like the hostile seed's passwords: a comma, quotes, markup characters, a plus, a slash, a non-ASCII letter.</summary>
    private const string Secret = "pa,ss\"w<o>r&d'+ é/9";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<TestCaseData> Spellings()
    {
        var json = JsonSerializer.Serialize(Secret);
        var relaxed = JsonSerializer.Serialize(Secret, Relaxed);
        yield return Text("raw", Secret);
        yield return Text("csv-doubled", "\"" + Secret.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        yield return Text("json-escaped (\\u0022)", json);
        yield return Text("json-escaped (\\\")", relaxed);
        yield return Text("json-escaped twice", JsonSerializer.Serialize(json));
        yield return Text("json-escaped twice (\\\")", JsonSerializer.Serialize(relaxed, Relaxed));
        yield return Text("html-encoded", WebUtility.HtmlEncode(Secret));
        yield return Text("html numeric references", string.Concat(Secret.Select(c => char.IsAsciiLetterOrDigit(c) ? c.ToString() : $"&#{(int)c};")));
        yield return Text("url-encoded", Uri.EscapeDataString(Secret));
        yield return Text("form-encoded", WebUtility.UrlEncode(Secret));
        yield return Text("json of csv", JsonSerializer.Serialize(Secret.Replace("\"", "\"\"", StringComparison.Ordinal)));
        for (var offset = 0; offset < 3; offset++)
        {
            var prefixed = Encoding.UTF8.GetBytes(new string('x', offset) + Secret + "tail");
            yield return Text($"base64 at offset {offset}", "data:image/png;base64," + Convert.ToBase64String(prefixed));
            yield return Text($"base64url at offset {offset}", Convert.ToBase64String(prefixed).Replace('+', '-').Replace('/', '_'));
        }
        yield return new TestCaseData("utf-16le", Encoding.Unicode.GetBytes("before " + Secret + " after")).SetArgDisplayNames("utf-16le");
        yield return new TestCaseData("utf-16be", Encoding.BigEndianUnicode.GetBytes("before " + Secret + " after")).SetArgDisplayNames("utf-16be");
    }

    private static TestCaseData Text(string spelling, string planted) =>
        new TestCaseData(spelling, Encoding.UTF8.GetBytes($"{{\"before\":1}}\n{planted}\n<after/>")).SetArgDisplayNames(spelling);

    private string folder = "";

    [SetUp]
    public void MakeFolder() => folder = Directory.CreateTempSubdirectory("secret-scan-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [TestCaseSource(nameof(Spellings))]
    public void A_secret_planted_in_a_file_is_found(string spelling, byte[] content)
    {
        File.WriteAllBytes(Path.Combine(folder, "artifact.txt"), content);
        File.WriteAllText(Path.Combine(folder, "clean.csv"), "name,status\nalpha,migrated\n");

        var hits = SecretScan.FilesContaining(folder, ["unrelated-secret", Secret]);

        Assert.That(hits, Has.Count.EqualTo(1), spelling);
        Assert.That(hits[0], Does.Contain("artifact.txt holds secret #1"));
    }

    [TestCaseSource(nameof(Spellings))]
    public void A_secret_planted_in_a_compressed_zip_entry_is_found(string spelling, byte[] content)
    {
        var trace = Path.Combine(folder, "trace.zip");
        using (var zip = ZipFile.Open(trace, ZipArchiveMode.Create))
        {
            using (var stream = zip.CreateEntry("resources/page.html", CompressionLevel.Optimal).Open())
                stream.Write(Encoding.UTF8.GetBytes(new string('a', 4096)));
            using (var stream = zip.CreateEntry("trace.trace", CompressionLevel.SmallestSize).Open())
                stream.Write(content);
        }
        Assert.That(File.ReadAllBytes(trace).AsSpan().IndexOf(content) < 0, "the entry is compressed, so its bytes are not in the file as they are");

        var hits = SecretScan.FilesContaining(folder, [Secret]);

        Assert.That(hits, Has.Some.Contains("trace.zip!trace.trace holds secret #0"), spelling);
        Assert.That(hits, Has.None.Contains("page.html"));
    }

    [TestCaseSource(nameof(Spellings))]
    public void A_secret_in_printed_text_is_found(string spelling, byte[] content)
    {
        var text = Encoding.UTF8.GetString(content);
        if (spelling.StartsWith("utf-16", StringComparison.Ordinal)) Assert.Pass("a console prints text, not UTF-16 bytes");

        Assert.That(SecretScan.TextContaining(text, ["other", Secret]), Is.EqualTo(new[] { 1 }), spelling);
    }

    [Test]
    public void A_clean_file_is_not_flagged()
    {
        var near = Secret.Replace("r&d", "r&D", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "results.csv"),
            $"name,message\n\"{near.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{WebUtility.HtmlEncode(near)} {Uri.EscapeDataString(near)} {JsonSerializer.Serialize(near)}\n");
        File.WriteAllBytes(Path.Combine(folder, "shot.png"), Encoding.UTF8.GetBytes(Convert.ToBase64String(Encoding.UTF8.GetBytes(near))));
        using (var zip = ZipFile.Open(Path.Combine(folder, "trace.zip"), ZipArchiveMode.Create))
        using (var stream = zip.CreateEntry("trace.trace").Open())
            stream.Write(Encoding.UTF8.GetBytes("{\"type\":\"fill\",\"value\":\"••••••\"}"));

        Assert.That(SecretScan.FilesContaining(folder, [Secret, "admin-sandbox-pw"]), Is.Empty);
    }

    [Test]
    public void A_secret_in_a_file_name_is_found()
    {
        File.WriteAllText(Path.Combine(folder, $"shot-{Uri.EscapeDataString(Secret)}.png"), "x");

        Assert.That(SecretScan.FilesContaining(folder, [Secret]), Has.Some.Contains("(its name) holds secret #0"));
    }
}
