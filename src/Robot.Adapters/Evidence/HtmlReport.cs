using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Robot.Adapters.Ledger;
using Robot.Domain;

namespace Robot.Adapters.Evidence;

/// <summary>
/// report.html: one self-contained page (screenshots embedded as data: URIs) built from results.csv and the evidence
/// folder only, so it can be regenerated at any time. Summary counts by status, a row per connection (latest run's
/// outcome) with the Server and Cloud fields side by side, the Test Connection result and the screenshots; a status
/// filter in a few lines of inline script. Every value is HTML-encoded; the files it reads hold no password.
/// </summary>
public static class HtmlReport
{
    public const string FileName = "report.html";

    private static readonly string[] Shots = [EvidenceFolder.ServerEditShot, EvidenceFolder.CloudFilledShot, EvidenceFolder.TestResultShot, EvidenceFolder.FailureShot];

    /// <summary>Writes <c>report.html</c> into <paramref name="outputFolder"/> and returns its path.</summary>
    public static string Write(string outputFolder)
    {
        var rows = CsvResultsLedger.ReadAll(Path.Combine(outputFolder, CsvResultsLedger.FileName));
        var latest = rows
            .GroupBy(row => row.Name, StringComparer.Ordinal)
            .Select(group => group.OrderBy(row => row.FinishedUtc).Last())
            .OrderBy(row => row.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var evidence = new EvidenceFolder(Path.Combine(outputFolder, "evidence"));
        var html = Render(latest, evidence, rows.Select(r => r.RunId).Distinct().ToList());
        var path = Path.Combine(outputFolder, FileName);
        File.WriteAllText(path, html, new UTF8Encoding(false));
        return path;
    }

    private static string Render(IReadOnlyList<LedgerRow> rows, EvidenceFolder evidence, IReadOnlyList<string> runs)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Incoming Mail Connections: migration report</title>
            <style>
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#172b4d}
            h1{font-size:22px;margin:0 0 4px} .sub{color:#5e6c84;margin-bottom:16px}
            .summary{display:flex;gap:8px;flex-wrap:wrap;margin:12px 0}
            .summary button{border:1px solid #c1c7d0;background:#fff;border-radius:16px;padding:4px 12px;cursor:pointer}
            .summary button.on{background:#0052cc;color:#fff;border-color:#0052cc}
            .conn{border:1px solid #dfe1e6;border-radius:6px;margin:12px 0;padding:12px}
            .conn h2{font-size:16px;margin:0 0 8px}
            .status{display:inline-block;border-radius:3px;padding:1px 6px;font-size:12px;font-weight:600;margin-left:8px}
            .s-migrated,.s-updated,.s-already-exists{background:#e3fcef;color:#006644}
            .s-failed,.s-test-failed{background:#ffebe6;color:#bf2600}
            .s-blocked-oauth,.s-needs-password,.s-invalid{background:#fffae6;color:#974f0c}
            table.fields{border-collapse:collapse;margin:8px 0} table.fields td,table.fields th{border:1px solid #dfe1e6;padding:3px 8px;text-align:left}
            table.fields tr.diff td{background:#fffae6}
            .shots{display:flex;gap:8px;flex-wrap:wrap} .shots figure{margin:0} .shots img{max-width:360px;border:1px solid #dfe1e6}
            figcaption{font-size:12px;color:#5e6c84}
            </style></head><body>
            <h1>Incoming Mail Connections: Server → Cloud</h1>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"sub\">{rows.Count} connection(s); run(s) {E(string.Join(", ", runs))}; generated {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC from results.csv and evidence/</div>\n");

        html.Append("<div class=\"summary\" id=\"filters\"><button class=\"on\" data-status=\"\">all <b>")
            .Append(rows.Count).Append("</b></button>");
        foreach (var group in rows.GroupBy(row => row.Status).OrderBy(group => group.Key, StringComparer.Ordinal))
            html.Append(CultureInfo.InvariantCulture, $"<button data-status=\"{E(group.Key)}\">{E(group.Key)} <b>{group.Count()}</b></button>");
        html.Append("</div>\n");

        foreach (var row in rows)
        {
            var folder = evidence.For(row.Name);
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"conn\" data-status=\"{E(row.Status)}\" data-name=\"{E(row.Name)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(row.Name)}<span class=\"status s-{E(row.Status)}\">{E(row.Status)}</span></h2>");
            html.Append(CultureInfo.InvariantCulture, $"<div>Test Connection: <b>{E(row.TestConnection)}</b>{(row.Message.Length > 0 ? " — " + E(row.Message) : "")}</div>");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"sub\">{row.Attempts} attempt(s), {row.DurationMs} ms, finished {row.FinishedUtc:yyyy-MM-dd HH:mm:ss} UTC</div>");
            html.Append(Fields(row, folder));
            if (File.Exists(Path.Combine(folder, FailureTraces.FileName)))
            {
                var href = string.Join('/', Path.GetRelativePath(Path.GetDirectoryName(evidence.Root)!, Path.Combine(folder, FailureTraces.FileName))
                    .Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
                html.Append(CultureInfo.InvariantCulture,
                    $"<div class=\"trace\">Playwright trace of the failure (passwords masked): <a href=\"{E(href)}\">{E(href)}</a> — open with <code>npx playwright show-trace {E(href)}</code> or at trace.playwright.dev</div>");
            }
            html.Append("<div class=\"shots\">");
            foreach (var shot in Shots)
            {
                var file = Path.Combine(folder, shot);
                if (!File.Exists(file)) continue;
                var data = Convert.ToBase64String(File.ReadAllBytes(file));
                html.Append(CultureInfo.InvariantCulture, $"<figure><img alt=\"{E(row.Name)}: {E(Caption(shot))}\" src=\"data:image/png;base64,{data}\"><figcaption>{E(Caption(shot))}</figcaption></figure>");
            }
            html.Append("</div></section>\n");
        }

        html.Append("""
            <script>
            document.getElementById('filters').addEventListener('click', e => {
              const b = e.target.closest('button'); if (!b) return;
              document.querySelectorAll('#filters button').forEach(x => x.classList.toggle('on', x === b));
              const s = b.dataset.status;
              document.querySelectorAll('section.conn').forEach(c => { c.hidden = s !== '' && c.dataset.status !== s; });
            });
            </script>
            </body></html>
            """);
        return html.ToString();
    }

    /// <summary>Server field next to the Cloud field it maps to (from the fields files), differing pairs highlighted.</summary>
    private static string Fields(LedgerRow row, string folder)
    {
        var server = Read(Path.Combine(folder, EvidenceFolder.ServerFields));
        var cloud = Read(Path.Combine(folder, EvidenceFolder.CloudFields));
        (string Server, string Cloud)[] pairs =
        [
            ("Name", "Name"), ("Description", "Description"), ("Protocol", "Service Provider"), ("Encryption", "Encryption"),
            ("Host", "Host"), ("Username", "Username"), ("Password", "Password"), ("Port", "Port"), ("Timeout", "Timeout"),
            ("OAuth Credentials", "OAuth2 Credentials"),
        ];
        if (server.Count == 0 && cloud.Count == 0)
        {
            // No evidence for this one (not opened this run): what results.csv recorded.
            server = new() { ["Name"] = row.Name, ["Protocol"] = row.ServerProtocol, ["Username"] = row.Username };
            cloud = new() { ["Service Provider"] = row.ServiceProvider, ["Encryption"] = row.Encryption, ["Host"] = row.Host, ["Port"] = row.Port };
        }
        var html = new StringBuilder("<table class=\"fields\"><tr><th>Server field</th><th>Server value</th><th>Cloud field</th><th>Cloud value</th></tr>");
        foreach (var (s, c) in pairs)
        {
            var sv = server.GetValueOrDefault(s, "");
            var cv = cloud.GetValueOrDefault(c, "");
            if (sv.Length == 0 && cv.Length == 0) continue;
            var same = s == "Protocol" || string.Equals(sv.Trim(), cv.Trim(), StringComparison.Ordinal) || cloud.Count == 0
                // An OAuth connection has no password on Cloud: nothing to compare.
                || (s == "Password" && cloud.GetValueOrDefault("OAuth2 Credentials", "").Length > 0);
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
        EvidenceFolder.CloudFilledShot => "Cloud: panel filled, before Test and Save",
        EvidenceFolder.TestResultShot => "Cloud: Test Connection result",
        _ => "the page when it failed",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
