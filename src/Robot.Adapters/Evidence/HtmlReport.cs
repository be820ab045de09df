using System.Globalization;
using System.Net;
using System.Text;
using Robot.Adapters.Ledger;
using Robot.Domain;

namespace Robot.Adapters.Evidence;

/// <summary>
/// report.html: one page built from results.csv and the evidence folder only, so it can be regenerated at any time.
/// Summary counts by status, a card per connection (latest run's outcome), those needing attention first, with the
/// Server and Cloud fields side by side, the Test Connection result and the screenshots. The screenshots stay files
/// beside it (evidence/NAME/*.png, linked relatively, loaded lazily), so the page stays small at hundreds of
/// connections; keep the folder with the page when moving it. Every value is HTML-encoded; the files it reads hold no
/// password.
/// </summary>
public static class HtmlReport
{
    public const string FileName = "report.html";

    /// <summary>Statuses in the order their cards come: what a reviewer must act on first (ranked in the status table); the rest after them.</summary>
    private static readonly string[] AttentionOrder =
    [
        .. ConnectionStatuses.All.Where(entry => entry.AttentionRank is not null).OrderBy(entry => entry.AttentionRank).Select(entry => entry.Word),
    ];

    /// <summary>Each status's badge colours, from the status table.</summary>
    private static string StatusStyles =>
        string.Concat(ConnectionStatuses.All.Select(entry => $"\n.s-{entry.Word}{{{entry.ReportStyle}}}"));

    /// <summary>Writes <c>report.html</c> into <paramref name="outputFolder"/> and returns its path.</summary>
    public static string Write(string outputFolder, TimeProvider clock)
    {
        var rows = CsvResultsLedger.ReadAll(Path.Combine(outputFolder, CsvResultsLedger.FileName));
        var latest = rows
            .GroupBy(row => row.Name, StringComparer.Ordinal)
            .Select(group => group.OrderBy(row => row.FinishedUtc).Last())
            .OrderBy(row => AttentionRank(row.Status))
            .ThenBy(row => row.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var evidence = new EvidenceFolder(Path.Combine(outputFolder, "evidence"));
        var html = Render(latest, new ReportCard(evidence, outputFolder), rows.Select(r => r.RunId).Distinct().ToList(), clock.GetUtcNow(),
            CredentialEvidence.Section(outputFolder));
        var path = Path.Combine(outputFolder, FileName);
        File.WriteAllText(path, html, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Position of a status in the report: attention first (in <see cref="AttentionOrder"/>), then the rest.</summary>
    public static int AttentionRank(string status)
    {
        var index = Array.IndexOf(AttentionOrder, status);
        return index >= 0 ? index : AttentionOrder.Length;
    }

    private static string Render(IReadOnlyList<LedgerRow> rows, ReportCard card, IReadOnlyList<string> runs, DateTimeOffset generated, string credentials)
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
            .conn,.cred{border:1px solid #dfe1e6;border-radius:6px;margin:12px 0;padding:12px}
            .conn h2,.cred h2{font-size:16px;margin:0 0 8px}
            .status{display:inline-block;border-radius:3px;padding:1px 6px;font-size:12px;font-weight:600;margin-left:8px}
            table.fields{border-collapse:collapse;margin:8px 0} table.fields td,table.fields th{border:1px solid #dfe1e6;padding:3px 8px;text-align:left}
            table.fields tr.diff td{background:#fffae6}
            .shots{display:flex;gap:8px;flex-wrap:wrap;align-items:flex-start} .shots figure{margin:0}
            .shots img{max-width:360px;border:1px solid #dfe1e6}
            figcaption{font-size:12px;color:#5e6c84}
            """);
        html.Append(StatusStyles);
        html.Append("""
            </style></head><body>
            <h1>Incoming Mail Connections: Server → Cloud</h1>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"sub\">{rows.Count} connection(s), those needing attention first; run(s) {E(string.Join(", ", runs))}; generated {generated:yyyy-MM-dd HH:mm} UTC from results.csv and evidence/ (keep that folder beside this page: the screenshots are there; click one for full size)</div>\n");

        html.Append("<div class=\"summary\" id=\"filters\"><button class=\"on\" data-status=\"\">all <b>")
            .Append(rows.Count).Append("</b></button>");
        foreach (var group in rows.GroupBy(row => row.Status).OrderBy(group => AttentionRank(group.Key)).ThenBy(group => group.Key, StringComparer.Ordinal))
            html.Append(CultureInfo.InvariantCulture, $"<button data-status=\"{E(group.Key)}\">{E(group.Key)} <b>{group.Count()}</b></button>");
        html.Append("</div>\n");

        foreach (var row in rows) html.Append(card.Render(row)).Append('\n');
        html.Append(credentials);

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

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
