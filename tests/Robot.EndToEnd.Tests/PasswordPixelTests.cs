using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Robot.Adapters.Evidence;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The Cloud draws the Password as a plain text input (type=text) on pure green, and every Save fails with HTTP 500
/// while the panel is open: each screenshot the robot writes (files and report.html's embedded ones), decoded, shows
/// no green (the mask covers the field's whole box) and shows the mask. With --trace off the fault's shot is the
/// evidence folder's full-page one, which used to be taken without a mask. Each run makes one attempt (Retry:Count 0):
/// a retried attempt photographs the same panel, refused the same way, into the same evidence files again.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), CancelAfter(TestTiers.EndToEndLimitMs)]
public partial class PasswordPixelTests : RobotFixture
{
    private const string Name = "Ops POP3";

    protected override SandboxOptions Options => new()
    {
        RevealPasswordInputs = true,
        Faults = new FaultOptions { SaveFailureRate = 1.0 },
    };

    [OneTimeSetUp]
    public void OneAttemptPerConnection() => RunSettings.Write(Robot.SettingsFile, Sandbox, workers: 2, retryCount: 0, retryBaseDelayMs: 200);

    [TestCase("off")]
    [TestCase("on-failure")]
    public async Task No_screenshot_shows_the_revealed_password_field(string trace)
    {
        var run = await Robot.RunAsync("migrate", ["--only", Name, "--evidence", "--trace", trace]);
        Assert.That(run.Row(Name).Status, Is.EqualTo("failed"), run.Transcript);
        Assert.That(Sandbox.Context.Faults.Counts.SaveFaults, Is.GreaterThan(0), "Save really failed with the panel open");

        var shots = Directory.EnumerateFiles(run.OutputFolder, "*.png", SearchOption.AllDirectories)
            .Select(file => (Where: file, Bytes: File.ReadAllBytes(file))).ToList();
        var report = Path.Combine(run.OutputFolder, HtmlReport.FileName);
        if (File.Exists(report))
            shots.AddRange(EmbeddedPng().Matches(File.ReadAllText(report)).Select((m, i) => (Where: $"report.html image {i}", Bytes: Convert.FromBase64String(m.Groups[1].Value))));
        Assert.That(shots.Count(s => s.Where.EndsWith(".png", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(3), "the panel was photographed: " + string.Join(", ", shots.Select(s => s.Where)));

        var lease = await BrowserPool.RentAsync();
        var browser = lease.Browser;
        try
        {
            var page = await browser.NewPageAsync();
            var masked = 0;
            foreach (var (where, bytes) in shots)
            {
                Assert.That(await PngProbe.CountColourAsync(page, bytes, 0, 255, 0), Is.Zero, $"{where} shows the revealed password field (green)");
                if (await PngProbe.CountColourAsync(page, bytes, 255, 0, 255) > 0) masked++;
            }
            Assert.That(masked, Is.GreaterThan(0), "some screenshot shows the mask where the field is");
            if (trace == "off")
            {
                var faultShot = shots.Where(s => s.Where.Contains("save-refused", StringComparison.Ordinal)).ToList();
                Assert.That(faultShot, Is.Not.Empty, "with --trace off the refused save is photographed into the evidence folder");
                foreach (var (where, bytes) in faultShot)
                    Assert.That(await PngProbe.CountColourAsync(page, bytes, 255, 0, 255), Is.GreaterThan(0), $"{where} masks the field");
            }
        }
        finally
        {
            await BrowserPool.GiveBackAsync(lease);
        }
        await AssertNoSecretsAsync(run);
    }

    [GeneratedRegex("data:image/png;base64,([A-Za-z0-9+/=]+)")]
    private static partial Regex EmbeddedPng();
}
