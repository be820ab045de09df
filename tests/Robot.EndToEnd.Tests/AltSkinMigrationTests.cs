using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The default seed's cases (DefaultSeedMigrationTests), on 14 of its connections, against the alt skin of the sandbox, with the robot changed
/// only through selectors/alt and the settings profile robot.settings.alt.json (its value maps and units): the same
/// statuses, and the Cloud equal to the Server field by field through /_sandbox/state, compared as AltSkin says
/// (Timeout in milliseconds though typed in seconds; no mailbox fields for the OAuth2 providers).
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public class AltSkinMigrationTests : DefaultSeedMigrationTests
{
    private string? seedPath;

    protected override SandboxOptions Options => SkinOptions with { SeedPath = seedPath ??= Seeds.Write(Seeds.DefaultWithServer(ServerSubset!), "alt") };

    protected virtual SandboxOptions SkinOptions => new() { Skin = SandboxSkin.Alt };

    /// <summary>
    /// The skin is what is proven here, not scale: a connection of every provider and encryption (and both OAuth2 shapes),
    /// text a page must escape, and the blocked, failing and already-present ones; over two of the alt list's pages.
    /// </summary>
    protected override IReadOnlyList<string>? ServerSubset { get; } =
    [
        "Support IMAP", "Support IMAP SSL", "Support IMAP STARTTLS", "Sales POP3", "Sales POP3 SSL", "Sales POP3 STARTTLS",
        "Gmail Support (OAuth)", "Microsoft 365 Helpdesk (OAuth)", "Microsoft 365 Billing POP (OAuth)", "Legacy Gmail (OAuth)",
        "Wrong Password IMAP", "Ünïcödé サポート 支持", "Already On Cloud IMAP", "Quotes, \"Commas\" & <b>Tags</b>",
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

    protected override void AssertSameOnCloud(ServerRecord server, CloudRecord? cloud, IReadOnlyList<OAuthClient> serverCredentials) =>
        AltSkin.AssertSameOnCloud(server, cloud, serverCredentials);
}

/// <summary>The same cases against the alt skin in older app versions' words (--legacy-labels, selectors/alt-legacy).</summary>
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public sealed class AltSkinLegacyLabelsMigrationTests : AltSkinMigrationTests
{
    protected override SandboxOptions SkinOptions => new() { Skin = SandboxSkin.Alt, LegacyLabels = true };

    protected override string? SelectorsFolder => AltSkin.LegacySelectorsFolder;
}
