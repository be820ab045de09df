using System.IO.Compression;
using System.Text;
using Microsoft.Playwright;
using Robot.Adapters.Evidence;
using Robot.Cli;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// QA replay and evidence (issue 5): a small migration with --evidence, then report.html opened in headless Chromium;
/// steps.log in the guide's numbered steps; no seeded password in any file the run wrote (HTML, CSV, steps.log, PNG
/// bytes, fields files).
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public class EvidenceReportTests : RobotFixture
{
    private const string Quotes = "Quotes, \"Commas\" & <b>Tags</b>";
    private const string Unicode = "Ünïcödé サポート 支持";

    private static readonly string[] Names =
    [
        "Support IMAP SSL", "Ops POP3", "Gmail Support (OAuth)", "Gmail Sales (OAuth)", "Legacy Gmail (OAuth)", "Wrong Password IMAP",
        "Already On Cloud IMAP", Quotes, Unicode,
    ];

    private RobotRun run = null!;

    /// <summary>The report links the failed connection's trace, and the traces are scanned for secrets.</summary>
    protected override bool RecordsFailureTraces => true;

    [OneTimeSetUp]
    public async Task MigrateWithEvidence()
    {
        var args = new List<string> { "--evidence" };
        foreach (var name in Names) args.AddRange(["--only", name]);
        run = await Robot.RunAsync("migrate", args.ToArray());
    }

    [Test]
    public async Task The_report_shows_every_connection_with_its_status_and_screenshots_and_no_password()
    {
        Assert.That(run.ExitCode, Is.EqualTo(1), run.Transcript);
        var statuses = run.StatusByName();
        Assert.That(statuses.Keys, Is.EquivalentTo(Names));
        Assert.That(statuses["Support IMAP SSL"], Is.EqualTo("migrated"));
        Assert.That(statuses["Wrong Password IMAP"], Is.EqualTo("test-failed"));
        Assert.That(statuses["Legacy Gmail (OAuth)"], Is.EqualTo("needs-secret"), "its credential's secret is withheld");

        var reportPath = Path.Combine(run.OutputFolder, HtmlReport.FileName);
        Assert.That(File.Exists(reportPath), Is.True, run.Transcript);
        Assert.That(run.Out, Does.Contain("report: " + reportPath));
        var evidence = run.Row("Support IMAP SSL").Evidence;
        Assert.That(evidence, Is.EqualTo(Path.Combine(run.OutputFolder, "evidence", "Support-IMAP-SSL")), "the CSV points at the folder");
        foreach (var shot in new[] { EvidenceFolder.ServerEditShot, EvidenceFolder.CloudFilledShot, EvidenceFolder.TestResultShot })
            Assert.That(File.Exists(Path.Combine(evidence, shot)), Is.True, shot);

        await using var report = await PooledPage.OpenAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = report.Page;
        await page.GotoAsync(new Uri(reportPath).AbsoluteUri);
        var sections = page.Locator("section.conn");
        Assert.That(await sections.CountAsync(), Is.EqualTo(Names.Length));
        foreach (var name in Names)
        {
            var section = sections.Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = name }) });
            Assert.That(await section.CountAsync(), Is.EqualTo(1), name);
            Assert.That(await section.Locator(".status").InnerTextAsync(), Is.EqualTo(statuses[name]), name);
            var images = section.Locator("img");
            // Every connection read has its Server Edit panel; those written on Cloud also the filled panel and the test, a failed one the page as it failed.
            var expected = statuses[name] switch { "migrated" => 3, "test-failed" => 4, "already-exists" => 2, _ => 1 };
            Assert.That(await images.CountAsync(), Is.EqualTo(expected), $"{name}: screenshots");
            for (var i = 0; i < expected; i++)
            {
                // Loaded lazily: scrolled to, as a reader does.
                await images.Nth(i).ScrollIntoViewIfNeededAsync();
                Assert.That(await images.Nth(i).EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth, () => 0)"), Is.GreaterThan(100), $"{name}: image {i} shows");
            }
        }
        // Server vs Cloud, side by side.
        var imap = sections.Filter(new LocatorFilterOptions { HasText = "Support IMAP SSL" }).First;
        Assert.That(await imap.Locator("table.fields").InnerTextAsync(), Does.Contain("Service Provider").And.Contain("General IMAP4 service"));

        // An OAuth connection has no password on Cloud: its Password row is not a difference.
        var oauth = sections.Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Gmail Support (OAuth)" }) });
        Assert.That(await oauth.Locator("table.fields tr", new LocatorLocatorOptions { HasText = "Password" }).GetAttributeAsync("class"), Is.Null, "OAuth Password row");
        // The failed one links its trace.
        var wrong = sections.Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Wrong Password IMAP" }) });
        Assert.That(await wrong.Locator(".trace a").GetAttributeAsync("href"), Is.EqualTo("evidence/Wrong-Password-IMAP/trace.zip"));

        // Filter by status: only the test-failed one stays visible.
        await page.Locator("#filters button[data-status='test-failed']").ClickAsync();
        Assert.That(await page.Locator("section.conn:visible").CountAsync(), Is.EqualTo(1));
        await page.Locator("#filters button[data-status='']").ClickAsync();
        Assert.That(await page.Locator("section.conn:visible").CountAsync(), Is.EqualTo(Names.Length));

        var docsShot = Environment.GetEnvironmentVariable("ROBOT_REPORT_SCREENSHOT");
        if (!string.IsNullOrEmpty(docsShot))
        {
            await page.Locator("#filters button[data-status='migrated']").ClickAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = docsShot, Type = ScreenshotType.Png });
        }

        var secrets = await AllSecretsAsync();
        var html = await File.ReadAllTextAsync(reportPath);
        foreach (var secret in secrets) Assert.That(html, Does.Not.Contain(secret), "report.html");
        Assert.That(html, Does.Not.Contain("<b>Tags</b>"), "names are HTML-encoded");
        await AssertNoSecretsAsync(run);
        // Traces (when a failure kept one) hold no password either, unzipped.
        foreach (var trace in Directory.EnumerateFiles(run.OutputFolder, "*.zip", SearchOption.AllDirectories))
        {
            using var zip = ZipFile.OpenRead(trace);
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = await reader.ReadToEndAsync();
                foreach (var secret in secrets) Assert.That(text, Does.Not.Contain(secret), $"{trace}!{entry.FullName}");
            }
        }
    }

    [Test]
    public async Task The_OAuth2_Credentials_have_their_cards_and_the_created_one_its_panel_with_the_secret_masked()
    {
        var shot = Path.Combine(run.OutputFolder, "evidence", CredentialEvidence.FolderName, "Google-Sales-Project", CredentialEvidence.FilledShot);
        Assert.That(File.Exists(shot), Is.True, run.Transcript);
        await using var report = await PooledPage.OpenAsync();
        var page = report.Page;
        await page.GotoAsync(new Uri(Path.Combine(run.OutputFolder, HtmlReport.FileName)).AbsoluteUri);
        var cards = page.Locator("section.cred");
        Assert.That(await cards.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.name + '=' + c.dataset.status)"),
            Is.EquivalentTo(new[] { "Google Sales Project=migrated", "Legacy Google Project=needs-secret", "Google Workspace=already-exists" }));
        var created = cards.Filter(new LocatorFilterOptions { HasText = "Google Sales Project" });
        Assert.That(await created.InnerTextAsync(), Does.Contain("Needs a person: register").And.Contain("oauth2-callback"));
        var image = created.Locator("img");
        await image.ScrollIntoViewIfNeededAsync();
        Assert.That(await image.EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth, () => 0)"), Is.GreaterThan(100), "the panel shows");
        // The Client Secret typed into that panel is in no file (PNG bytes included) nor line: the scan holds every client secret.
        Assert.That(await AllSecretsAsync(), Does.Contain("GOCSPX-Sales-Client-6027"));
        await AssertNoSecretsAsync(run);
    }

    [Test]
    public async Task The_report_links_its_screenshots_lists_attention_first_and_shows_what_Cloud_has()
    {
        var reportPath = Path.Combine(run.OutputFolder, HtmlReport.FileName);
        Assert.That(new FileInfo(reportPath).Length, Is.LessThan(8 * 1024 * Names.Length), "a few KB per connection: pictures are not inside");
        await using var report = await PooledPage.OpenAsync();
        var page = report.Page;
        await page.GotoAsync(new Uri(reportPath).AbsoluteUri);
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('img[src], a[href]')].map(e => e.getAttribute('src') ?? e.getAttribute('href'))");
        Assert.That(links, Has.Length.GreaterThan(Names.Length));
        foreach (var link in links)
        {
            Assert.That(link, Does.StartWith("evidence/"), "relative to the page");
            Assert.That(File.Exists(Path.Combine(run.OutputFolder, Uri.UnescapeDataString(link))), Is.True, link);
        }
        var order = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('section.conn')].map(s => s.dataset.status)");
        Assert.That(order.Take(2), Is.EqualTo(new[] { "test-failed", "needs-secret" }), string.Join(", ", order));
        Assert.That(order.Skip(2), Has.All.Matches<string>(s => s is "migrated" or "already-exists"), string.Join(", ", order));

        var existing = page.Locator("section.conn[data-status='already-exists']");
        var cloudHost = await existing.Locator("table.fields tr", new LocatorLocatorOptions { HasText = "Host" }).Locator("td").Nth(3).InnerTextAsync();
        Assert.That(cloudHost, Is.EqualTo("127.0.0.1"), "the Cloud column shows the connection Cloud already has");
        Assert.That(await existing.Locator("figcaption").AllInnerTextsAsync(), Has.Some.Contains("Cloud: the connection already there"));
    }

    [Test]
    public async Task Every_panel_screenshot_shows_the_whole_panel_where_the_page_had_it()
    {
        var checkedShots = 0;
        await using var report = await PooledPage.OpenAsync();
        var page = report.Page;
        var evidence = new EvidenceFolder(Path.Combine(run.OutputFolder, "evidence"));
        foreach (var name in Names)
        {
            foreach (var (file, boxes) in evidence.ShotBoxesOf(name))
            {
                var picture = await PngProbe.ReadAsync(page, Path.Combine(evidence.For(name), file));
                var what = $"{name}/{file}";
                Assert.That(picture.Width, Is.GreaterThanOrEqualTo((int)boxes.Panel.Width), what);
                Assert.That(picture.Height, Is.GreaterThanOrEqualTo((int)boxes.Panel.Height), what);
                // The masked Password field is painted where the page had it inside the panel: the picture is not scrolled.
                var shown = $"{what}: mask bands {string.Join("; ", picture.MaskBands)} vs fields {string.Join("; ", boxes.Masked)}";
                Assert.That(picture.MaskBands, Has.Count.EqualTo(boxes.Masked.Count), shown);
                foreach (var (band, field) in picture.MaskBands.Zip(boxes.Masked))
                    Assert.That(Math.Abs(band.Y - field.Y) <= 3 && Math.Abs(band.Height - field.Height) <= 3, Is.True, shown);
                checkedShots++;
            }
        }
        Assert.That(checkedShots, Is.GreaterThanOrEqualTo(15), "every panel picture has its boxes");
    }

    [Test]
    public void Evidence_folders_keep_readable_names_unique_and_safe()
    {
        var evidence = Path.Combine(run.OutputFolder, "evidence");
        Assert.That(run.Row(Unicode).Evidence, Is.EqualTo(Path.Combine(evidence, "Ünïcödé-サポート-支持")), run.Transcript);
        Assert.That(Directory.Exists(run.Row(Unicode).Evidence), Is.True);
        var quotes = Path.GetFileName(run.Row(Quotes).Evidence);
        Assert.That(quotes, Does.Match("^Quotes-Commas-b-Tags-b-[0-9a-f]{8}$"), "lossy: a hash of the whole name keeps it unique");
        Assert.That(Directory.Exists(run.Row(Quotes).Evidence), Is.True);
    }

    [Test]
    public async Task A_failed_connection_keeps_a_masked_Playwright_trace_and_its_page_a_successful_one_none()
    {
        var failed = Path.Combine(run.OutputFolder, "evidence", "Wrong-Password-IMAP");
        var trace = Path.Combine(failed, FailureTraces.FileName);
        Assert.That(File.Exists(trace), Is.True, run.Transcript);
        Assert.That(File.Exists(Path.Combine(failed, EvidenceFolder.FailureShot)), Is.True, "the failing page's screenshot");
        using (var zip = ZipFile.OpenRead(trace))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.That(names, Does.Contain("trace.trace").And.Contain("trace.network"), string.Join('\n', names));
            Assert.That(names.Count(n => n.StartsWith("resources/", StringComparison.Ordinal)), Is.GreaterThan(0), "snapshots' resources");
            using var reader = new StreamReader(zip.GetEntry("trace.trace")!.Open(), Encoding.UTF8);
            var events = await reader.ReadToEndAsync();
            Assert.That(events, Does.Contain("Test Connection").And.Contain("Wrong Password IMAP"), "the chunk is this connection's write");
            // The password was never a fill() parameter (typed through a binding), so no fill shows even its mask.
            var fills = events.Split('\n').Where(e => e.Contains("\"method\":\"fill\"", StringComparison.Ordinal)).ToList();
            Assert.That(fills, Is.Not.Empty, "the other fields' fills are recorded");
            Assert.That(fills, Has.None.Contains($"\"value\":\"{TraceMasker.Mask}\""), "no fill of the password is recorded");
        }
        Assert.That(SecretScan.ZipEntriesContaining(trace, await AllSecretsAsync()), Is.Empty, "no seeded password or site login in any entry");
        foreach (var done in new[] { "Support-IMAP-SSL", "Ops-POP3" })
            Assert.That(File.Exists(Path.Combine(run.OutputFolder, "evidence", done, FailureTraces.FileName)), Is.False, $"{done}: a trace is kept on failure only");
    }

    [Test]
    public void The_step_log_lists_the_guides_steps_in_order_for_a_connection()
    {
        var path = Path.Combine(run.OutputFolder, StepLog.FileName);
        Assert.That(File.Exists(path), Is.True, run.Transcript);
        var lines = File.ReadAllLines(path);
        var numbers = StepsOf(lines, "Support IMAP SSL");
        Assert.That(numbers, Is.EqualTo(new[] { "1.2", "2.1", "2.2", "3", "4", "5", "6" }), string.Join('\n', lines));
        Assert.That(lines.First(), Does.Contain(" 1.1 ").And.Contain("'(all)'"), "1.1 opens the Server's list first");
        Assert.That(lines.Where(l => l.Contains("'Support IMAP SSL'", StringComparison.Ordinal)), Has.All.Match(@"\d+ ms"));
        Assert.That(lines.Single(l => l.Contains("'Ops POP3'", StringComparison.Ordinal) && l.Contains(" 4 ", StringComparison.Ordinal)),
            Does.Contain("General POP3 service").And.Contain("contains POP3"));
        // The test that failed ends at step 5: nothing saved.
        Assert.That(StepsOf(lines, "Wrong Password IMAP"), Is.EqualTo(new[] { "1.2", "2.1", "2.2", "3", "4", "5" }));
    }

    [Test]
    public async Task With_step_the_run_waits_for_Enter_before_each_documented_step_and_goes_on_after_it()
    {
        var folder = Robot.NewOutputFolder("step");
        var log = Path.Combine(folder, StepLog.FileName);
        var enter = new EnterKey(() => File.Exists(log) ? File.ReadAllLines(log) : []);
        var stepped = await Robot.RunAsync("migrate", ["--step", "--only", "Helpdesk IMAP", "--workers", "1"], folder, input: enter);

        Assert.That(stepped.ExitCode, Is.EqualTo(0), stepped.Transcript);
        var prompts = System.Text.RegularExpressions.Regex.Matches(stepped.Out, @"next: step (\S+) .*? '([^']*)' — press Enter")
            .Select(m => (Step: m.Groups[1].Value, Name: m.Groups[2].Value)).ToList();
        var lines = await File.ReadAllLinesAsync(log);
        Assert.That(prompts.Select(p => p.Step), Is.EqualTo(new[] { "1.1", "1.2", "2.1", "2.2", "3", "4", "5", "6" }), stepped.Out);
        Assert.That(prompts.Single(p => p.Step == "1.2").Name, Is.EqualTo("Helpdesk IMAP"), "step 1.2 names the connection, not its row");
        Assert.That(enter.Seen, Has.Count.EqualTo(prompts.Count), "one Enter read per prompt");
        Assert.That(StepsOf(lines, "Helpdesk IMAP"), Is.EqualTo(new[] { "1.2", "2.1", "2.2", "3", "4", "5", "6" }), string.Join('\n', lines));
        // When each prompt waited, the step it named had not been logged yet: the run waits before the step.
        for (var i = 0; i < prompts.Count; i++)
        {
            var before = enter.Seen[i];
            Assert.That(before, Has.Length.EqualTo(i), $"steps.log when step {prompts[i].Step} waited for Enter");
        }
    }

    [Test]
    public async Task The_report_command_writes_report_html_again_from_results_csv_and_the_evidence()
    {
        var copy = Robot.NewOutputFolder("report-again");
        Directory.CreateDirectory(copy);
        File.Copy(Path.Combine(run.OutputFolder, "results.csv"), Path.Combine(copy, "results.csv"));
        CopyFolder(Path.Combine(run.OutputFolder, "evidence"), Path.Combine(copy, "evidence"));

        var (exit, output, error) = await ReportAsync(copy);

        var html = Path.Combine(copy, HtmlReport.FileName);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("report: " + html));
        var text = await File.ReadAllTextAsync(html);
        foreach (var name in Names) Assert.That(text, Does.Contain(System.Net.WebUtility.HtmlEncode(name)), name);
        Assert.That(text, Does.Not.Contain("data:image/png;base64,"), "screenshots are files beside it");
        Assert.That(text, Does.Contain("src=\"evidence/Support-IMAP-SSL/2-cloud-filled.png\""), "linked relatively");
        Assert.That(text, Does.Contain("evidence/Wrong-Password-IMAP/trace.zip"), "the trace linked");
    }

    [Test]
    public async Task The_report_command_without_results_csv_says_so_and_exits_2()
    {
        var empty = Robot.NewOutputFolder("report-empty");
        Directory.CreateDirectory(empty);
        var (exit, _, error) = await ReportAsync(empty);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain($"no results.csv in {empty}; run migrate first"));
        Assert.That(File.Exists(Path.Combine(empty, HtmlReport.FileName)), Is.False);
    }

    private async Task<(int Exit, string Out, string Error)> ReportAsync(string folder)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await RobotCli.RunAsync(["report", "--settings", Robot.SettingsFile, "--output", folder],
            new CliServices { Out = output, Error = error, WorkingDirectory = Robot.WorkFolder, Environment = Robot.EnvironmentVariable, Browser = (_, _) => throw new AssertionException("report opens no browser") });
        return (exit, output.ToString(), error.ToString());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The operator pressing Enter at every --step prompt; notes what steps.log held each time it was asked.</summary>
    private sealed class EnterKey(Func<string[]> stepLog) : TextReader
    {
        public List<string[]> Seen { get; } = [];

        public override string? ReadLine()
        {
            lock (Seen) Seen.Add(stepLog());
            return "";
        }

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());
    }

    /// <summary>The step numbers logged for one connection, in order.</summary>
    internal static string[] StepsOf(IEnumerable<string> lines, string name) =>
        lines.Where(l => l.Contains($"'{name}'", StringComparison.Ordinal))
            .Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries)[1].Trim())
            .ToArray();
}
