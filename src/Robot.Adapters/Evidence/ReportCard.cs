using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Robot.Domain;
using Robot.Domain.Fields;
using Robot.Domain.Kinds;

namespace Robot.Adapters.Evidence;

/// <summary>One connection's card in report.html: outcome, Server and Cloud fields side by side, links to its evidence files.</summary>
internal sealed class ReportCard(EvidenceFolder evidence, string reportFolder)
{
    private static readonly string[] Shots =
    [
        EvidenceFolder.ServerEditShot, EvidenceFolder.CloudExistingShot, EvidenceFolder.CloudFilledShot, EvidenceFolder.TestResultShot,
        EvidenceFolder.FailureShot,
    ];

    public string Render(LedgerRow row)
    {
        var folder = evidence.For(row.Name);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"conn\" data-status=\"{E(row.Status)}\" data-name=\"{E(row.Name)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(row.Name)}<span class=\"status s-{E(row.Status)}\">{E(row.Status)}</span></h2>");
        html.Append(CultureInfo.InvariantCulture, $"<div>Test Connection: <b>{E(row.TestConnection)}</b>{(row.Message.Length > 0 ? " — " + E(row.Message) : "")}</div>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"sub\">{row.Attempts} attempt(s), {row.DurationMs} ms, finished {row.FinishedUtc:yyyy-MM-dd HH:mm:ss} UTC</div>");
        foreach (var sentence in row.NotCarried.Split("; ", StringSplitOptions.RemoveEmptyEntries))
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"not-carried\">{E(sentence)}</div>");
        html.Append(Fields(row, folder));
        if (File.Exists(Path.Combine(folder, FailureTraces.FileName)))
        {
            var href = Link(Path.Combine(folder, FailureTraces.FileName));
            html.Append(CultureInfo.InvariantCulture,
                $"<div class=\"trace\">Playwright trace of the failure (passwords masked): <a href=\"{E(href)}\">{E(href)}</a> — open with <code>npx playwright show-trace {E(href)}</code> or at trace.playwright.dev</div>");
        }
        html.Append("<div class=\"shots\">");
        foreach (var shot in Shots)
        {
            var file = Path.Combine(folder, shot);
            if (!File.Exists(file)) continue;
            var href = E(Link(file));
            html.Append(CultureInfo.InvariantCulture,
                $"<figure><a href=\"{href}\"><img loading=\"lazy\" alt=\"{E(row.Name)}: {E(Caption(shot))}\" src=\"{href}\"></a><figcaption>{E(Caption(shot))}</figcaption></figure>");
        }
        return html.Append("</div></section>").ToString();
    }

    /// <summary>A file's address relative to report.html, each segment escaped (names may hold any character).</summary>
    private string Link(string file) =>
        string.Join('/', Path.GetRelativePath(reportFolder, file).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));

    /// <summary>Server field next to the Cloud field it maps to (from the fields files), differing pairs highlighted.</summary>
    private static string Fields(LedgerRow row, string folder)
    {
        var server = Read(Path.Combine(folder, EvidenceFolder.ServerFields));
        var cloud = Read(Path.Combine(folder, EvidenceFolder.CloudFields));
        if (server.Count == 0 && cloud.Count == 0)
        {
            // No evidence for this one (not opened this run): what results.csv recorded.
            server = new() { ["Name"] = row.Name, ["Protocol"] = row.ServerProtocol, ["Username"] = row.Username };
            cloud = new() { ["Service Provider"] = row.ServiceProvider, ["Encryption"] = row.Encryption, ["Host"] = row.Host, ["Port"] = row.Port };
        }
        var html = new StringBuilder("<table class=\"fields\"><tr><th>Server field</th><th>Server value</th><th>Cloud field</th><th>Cloud value</th></tr>");
        foreach (var field in IncomingMailConnections.Kind.Fields.All.Where(field => field.Shows(FieldOutputs.Report)))
        {
            var (s, c) = (field.ServerName, field.CloudName ?? "");
            var sv = server.GetValueOrDefault(s, "");
            var cv = cloud.GetValueOrDefault(c, "");
            if (sv.Length == 0 && cv.Length == 0) continue;
            var same = field.DifferentWordsOnPurpose || string.Equals(sv.Trim(), cv.Trim(), StringComparison.Ordinal) || cloud.Count == 0
                // A secret not used by this record on Cloud (OAuth), or not shown by an existing one's Edit panel: nothing to compare.
                || (field.Control == FieldControl.Secret && (cv == field.NotUsedText || cv == EvidenceFolder.PasswordNotShown));
            html.Append(CultureInfo.InvariantCulture, $"<tr{(same ? "" : " class=\"diff\"")}><td>{E(s)}</td><td>{E(sv)}</td><td>{E(c)}</td><td>{E(cv)}</td></tr>");
        }
        return html.Append("</table>").ToString();
    }

    private static Dictionary<string, string> Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [] : [];
        }
        catch (Exception error) when (error is JsonException or IOException)
        {
            return [];
        }
    }

    private static string Caption(string shot) => shot switch
    {
        EvidenceFolder.ServerEditShot => "Server: Edit panel",
        EvidenceFolder.CloudExistingShot => "Cloud: the connection already there (its Edit panel)",
        EvidenceFolder.CloudFilledShot => "Cloud: panel filled, before Test and Save",
        EvidenceFolder.TestResultShot => "Cloud: Test Connection result",
        _ => "the page when it failed",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
