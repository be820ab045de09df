using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The hostile seed's cases (HostileInputTests) against the alt skin of the sandbox, with the robot changed only
/// through selectors/alt and the settings profile robot.settings.alt.json: the same statuses and messages for every
/// record, and what was migrated on Cloud whole, compared as AltSkin says (Timeout in milliseconds though typed in
/// seconds; no mailbox fields for the OAuth2 providers). The alt Server's other Encryption words (None / SSL / TLS)
/// are the profile's value map's to translate, so even the unknown "TLS 1.0" is refused in the same words.
/// </summary>
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public sealed class AltSkinHostileInputTests : HostileInputTests
{
    protected override SandboxOptions SkinOptions => new() { Skin = SandboxSkin.Alt };

    protected override string? SelectorsFolder => AltSkin.SelectorsFolder;

    [OneTimeSetUp]
    public void UseTheAltSettingsProfile() => Robot.WriteSettings(AltSkin.SettingsProfile());

    protected override void AssertSameOnCloud(ServerRecord server, CloudRecord? cloud, IReadOnlyList<OAuthClient> serverCredentials) =>
        AltSkin.AssertSameOnCloud(server, cloud, serverCredentials);
}
