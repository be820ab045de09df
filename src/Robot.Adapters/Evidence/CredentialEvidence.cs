using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using Robot.Adapters.Ledger;

namespace Robot.Adapters.Evidence;

/// <summary>
/// The OAuth2 Credentials' evidence: under <c>evidence/oauth2-credentials/&lt;safe-name&gt;/</c>, the Cloud panel as filled
/// before Save (Client Secret masked); on report.html, a card per credential from oauth2-credentials.csv.
/// </summary>
public static class CredentialEvidence
{
    public const string FolderName = "oauth2-credentials";
    public const string FilledShot = "cloud-filled.png";

    /// <summary>The credentials' own evidence folder inside the run's.</summary>
    public static EvidenceFolder In(EvidenceFolder run) => new(Path.Combine(run.Root, FolderName));

    /// <summary>report.html's credentials section; "" when the run wrote no oauth2-credentials.csv.</summary>
    public static string Section(string outputFolder)
    {
        var path = Path.Combine(outputFolder, CredentialsCsvWriter.FileName);
        if (!File.Exists(path)) return "";
        var folder = new EvidenceFolder(Path.Combine(outputFolder, "evidence", FolderName));
        var html = new StringBuilder("<h1>OAuth2 Credentials (migrated first; oauth2-credentials.csv)</h1>\n");
        foreach (var row in Rows(path)) html.Append(Card(row, folder, outputFolder)).Append('\n');
        return html.ToString();
    }

    private static string Card(IReadOnlyDictionary<string, string> row, EvidenceFolder folder, string outputFolder)
    {
        string F(string column) => E(row.GetValueOrDefault(column, ""));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"cred\" data-status=\"{F("status")}\" data-name=\"{F("name")}\">");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{F("name")}<span class=\"status s-{F("status")}\">{F("status")}</span></h2>");
        html.Append(CultureInfo.InvariantCulture, $"<div>Service Provider: <b>{F("service_provider")}</b>{(F("message").Length > 0 ? " — " + F("message") : "")}</div>");
        if (F("cloud_callback_url").Length > 0) html.Append(CultureInfo.InvariantCulture, $"<div>Cloud Callback URL: <code>{F("cloud_callback_url")}</code></div>");
        if (F("person_action").Length > 0) html.Append(CultureInfo.InvariantCulture, $"<div class=\"action\">Needs a person: {F("person_action")}</div>");
        var shot = Path.Combine(folder.For(row.GetValueOrDefault("name", "")), FilledShot);
        if (File.Exists(shot))
        {
            var href = E(string.Join('/', Path.GetRelativePath(outputFolder, shot).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)));
            html.Append(CultureInfo.InvariantCulture,
                $"<div class=\"shots\"><figure><a href=\"{href}\"><img loading=\"lazy\" alt=\"{F("name")}: Cloud panel filled\" src=\"{href}\"></a><figcaption>Cloud: panel filled, before Save (Client Secret masked)</figcaption></figure></div>");
        }
        return html.Append("</section>").ToString();
    }

    private static List<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path, CsvFormat.Encoding);
        using var csv = new CsvReader(reader, CsvFormat.Configuration);
        var rows = new List<Dictionary<string, string>>();
        if (!csv.Read() || !csv.ReadHeader()) return rows;
        var header = csv.HeaderRecord ?? [];
        while (csv.Read())
            rows.Add(header.Select((column, i) => (column, value: csv.GetField(i) ?? "")).ToDictionary(p => p.column, p => p.value, StringComparer.Ordinal));
        return rows;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
