using Robot.Sandbox.Hosting;
using Robot.TestSupport;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The hostile seed's cases (HostileInputTests), 24 of them, against the alt skin of the sandbox, with the robot changed only
/// through selectors/alt and the settings profile robot.settings.alt.json: the same statuses and messages for every
/// record, and what was migrated on Cloud whole, compared as AltSkin says (Timeout in milliseconds though typed in
/// seconds; no mailbox fields for the OAuth2 providers). The alt Server's other Encryption words (None / SSL / TLS)
/// are the profile's value map's to translate, so even the unknown "TLS 1.0" is refused in the same words.
/// </summary>
[Order(FixtureOrder.AltSkinHostileInput)]
[TestFixture, Category(TestTiers.EndToEnd), Category(TestTiers.Slow), CancelAfter(TestTiers.EndToEndLimitMs)]
public sealed class AltSkinHostileInputTests : HostileInputTests
{
    protected override SandboxOptions SkinOptions => new() { Skin = SandboxSkin.Alt };

    /// <summary>
    /// The skin is what is proven here, not every hostile record: text its pages must escape (quotes, tags, right-to-left,
    /// emoji, runs of spaces), the Cloud's limits, a blank timeout in the profile's units, the alt Server's Encryption
    /// words (TLS 1.0 refused), duplicates, and every other outcome; over three of the alt list's pages.
    /// </summary>
    private static readonly string[] SkinCases =
    [
        "Plain IMAP SSL", "Plain POP3 STARTTLS", "Quotes \"double\" and 'single'", "<script>alert('x')</script>", "דואר נכנס — תמיכה",
        "📬 Mailroom 🚀 👩‍👩‍👧", HostileSeed.SpacedName, "Long description IMAP", HostileSeed.LongName255, HostileSeed.LongName300,
        "Too long description IMAP", "Blank timeout IMAP", "", "Blank password IMAP", "Port abc IMAP", "TLS 1.0 IMAP",
        "Duplicate, \"Name\"", "DUPLICATE, \"NAME\"", "Wrong password, \"IMAP\"", "ALREADY THERE", "M365 <Helpdesk> 📬",
        "Gmail, \"blocked\" (OAuth)", "OAuth without credentials",
    ];

    protected override IReadOnlyList<HostileCase> Cases { get; } = HostileSeed.Cases.Where(c => SkinCases.Contains(c.Name)).ToList();

    protected override string? SelectorsFolder => AltSkin.SelectorsFolder;

    [OneTimeSetUp]
    public void UseTheAltSettingsProfile() => Robot.WriteSettings(AltSkin.SettingsProfile());

    protected override void AssertSameOnCloud(ServerRecord server, CloudRecord? cloud, IReadOnlyList<OAuthClient> serverCredentials) =>
        AltSkin.AssertSameOnCloud(server, cloud, serverCredentials);
}
