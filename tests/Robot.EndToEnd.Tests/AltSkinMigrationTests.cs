using Robot.Adapters.Probe;
using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The default seed's cases (DefaultSeedMigrationTests), on 14 of its connections, against the alt skin of the sandbox, with the robot changed
/// only through selectors/alt and the settings profile robot.settings.alt.json (its value maps and units): the same
/// statuses, and the Cloud equal to the Server field by field through /_sandbox/state, compared as AltSkin says
/// (Timeout in milliseconds though typed in seconds; no mailbox fields for the OAuth2 providers). Before them, on the same
/// sandbox, robot probe finds every key of the skin's selectors and changes nothing (one sandbox of the skin, not two).
/// </summary>
[Order(FixtureOrder.AltSkinMigration)]
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public class AltSkinMigrationTests : DefaultSeedMigrationTests
{
    private string? seedPath;

    protected override SandboxOptions Options => SkinOptions with { SeedPath = seedPath ??= Seeds.Write(Seeds.DefaultWithServer(ServerSubset!), "alt") };

    protected virtual SandboxOptions SkinOptions => new() { Skin = SandboxSkin.Alt };

    /// <summary>
    /// The skin is what is proven here, not scale: a connection of every provider and encryption (and both OAuth2 shapes),
    /// and the blocked, failing and already-present ones; over two of the alt list's pages. Text a page must escape
    /// is AltSkinHostileInputTests' to prove on this skin (quotes, tags, right-to-left, emoji).
    /// </summary>
    protected override IReadOnlyList<string>? ServerSubset { get; } =
    [
        "Support IMAP", "Support IMAP SSL", "Support IMAP STARTTLS", "Sales POP3", "Sales POP3 SSL", "Sales POP3 STARTTLS",
        "Gmail Support (OAuth)", "Microsoft 365 Helpdesk (OAuth)", "Microsoft 365 Billing POP (OAuth)", "Legacy Gmail (OAuth)",
        "Wrong Password IMAP", "Already On Cloud IMAP",
    ];

    [OneTimeTearDown]
    public void RemoveSeed()
    {
        if (seedPath is not null) File.Delete(seedPath);
    }

    protected override string? SelectorsFolder => AltSkin.SelectorsFolder;

    /// <summary>The skin is what is proven here; DefaultSeedMigrationTests runs the default trace on the same cases.</summary>
    protected override bool RecordsFailureTraces => false;

    protected override bool ShowsOtherFieldsAndStates => false;

    protected override bool MigratesCredentials => false;

    [OneTimeSetUp]
    public void UseTheAltSettingsProfile() => Robot.WriteSettings(AltSkin.SettingsProfile());

    /// <summary>robot probe with the skin's selectors and the alt settings profile: all found, nothing changed (before plan and migrate).</summary>
    [Test, Order(0)]
    public async Task Probe_finds_every_key_and_changes_nothing()
    {
        var before = await SandboxState.ReadAsync(Sandbox);
        var run = await Robot.RunAsync("probe", selectorsFolder: SelectorsFolder);
        var lines = ProbeCsvLine.Read(run.OutputFolder);
        var after = await SandboxState.ReadAsync(Sandbox);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Transcript);
            Assert.That(lines.Where(l => l.Result is "not found" or "ambiguous" or ProbeCsvWriter.GapResult), Is.Empty, run.Transcript);
            Assert.That(lines.Single(l => l.Site == "Server" && l.Key == "editPanel.oauthCredentials").Result, Is.EqualTo("found"));
            Assert.That(run.Out, Does.Contain("→ 10 s"), "the sample's Timeout converted to the alt Cloud's seconds");
            Assert.That(after.Raw, Is.EqualTo(before.Raw), "the probe changed a site");
        });
    }

    protected override void AssertSameOnCloud(ServerRecord server, CloudRecord? cloud, IReadOnlyList<OAuthClient> serverCredentials) =>
        AltSkin.AssertSameOnCloud(server, cloud, serverCredentials);
}

/// <summary>
/// The same cases and probe against the alt skin in older app versions' words (--legacy-labels, selectors/alt-legacy).
/// Those words name only the connections' link, heading and empty list and the dialogs, which every run passes whatever
/// it migrates: so one connection of each kind the cases assert on, over both list pages, not both OAuth2 shapes again.
/// </summary>
[Order(FixtureOrder.AltSkinLegacyLabelsMigration)]
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public sealed class AltSkinLegacyLabelsMigrationTests : AltSkinMigrationTests
{
    protected override IReadOnlyList<string>? ServerSubset { get; } =
    [
        "Support IMAP", "Support IMAP SSL", "Support IMAP STARTTLS", "Sales POP3", "Sales POP3 SSL", "Sales POP3 STARTTLS",
        "Gmail Support (OAuth)", "Microsoft 365 Billing POP (OAuth)", "Legacy Gmail (OAuth)", "Wrong Password IMAP", "Already On Cloud IMAP",
    ];

    protected override SandboxOptions SkinOptions => new() { Skin = SandboxSkin.Alt, LegacyLabels = true };

    protected override string? SelectorsFolder => AltSkin.LegacySelectorsFolder;
}
