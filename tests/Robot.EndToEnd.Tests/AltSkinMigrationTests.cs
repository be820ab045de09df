using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The default seed's cases (DefaultSeedMigrationTests) against the alt skin of the sandbox, with the robot changed
/// only through selectors/alt and the settings profile robot.settings.alt.json (its value maps and units): the same
/// statuses, and the Cloud equal to the Server field by field through /_sandbox/state, compared as AltSkin says
/// (Timeout in milliseconds though typed in seconds; no mailbox fields for the OAuth2 providers).
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public class AltSkinMigrationTests : DefaultSeedMigrationTests
{
    protected override SandboxOptions Options => new() { Skin = SandboxSkin.Alt };

    protected override string? SelectorsFolder => AltSkin.SelectorsFolder;

    protected override bool ShowsOtherFieldsAndStates => false;

    [OneTimeSetUp]
    public void UseTheAltSettingsProfile() => Robot.WriteSettings(AltSkin.SettingsProfile());

    protected override void AssertSameOnCloud(ServerRecord server, CloudRecord? cloud, IReadOnlyList<OAuthClient> serverCredentials) =>
        AltSkin.AssertSameOnCloud(server, cloud, serverCredentials);
}

/// <summary>The same cases against the alt skin in older app versions' words (--legacy-labels, selectors/alt-legacy).</summary>
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public sealed class AltSkinLegacyLabelsMigrationTests : AltSkinMigrationTests
{
    protected override SandboxOptions Options => new() { Skin = SandboxSkin.Alt, LegacyLabels = true };

    protected override string? SelectorsFolder => AltSkin.LegacySelectorsFolder;
}
