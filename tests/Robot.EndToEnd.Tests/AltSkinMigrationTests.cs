using System.Globalization;
using System.Text.Json.Nodes;
using Robot.Sandbox.Hosting;

namespace Robot.EndToEnd.Tests;

/// <summary>
/// The default seed's cases (DefaultSeedMigrationTests) against the alt skin of the sandbox, with the robot changed
/// only through selectors/alt and the settings profile robot.settings.alt.json (its value maps and units): the same
/// statuses, and the Cloud equal to the Server field by field through /_sandbox/state. The alt Cloud asks for Timeout
/// in seconds and keeps milliseconds, so the Server's milliseconds are compared with the Cloud's stored milliseconds
/// (a robot that typed 10000 into the seconds field is refused there, and one that typed 10 stores 10000).
/// </summary>
[TestFixture]
public class AltSkinMigrationTests : DefaultSeedMigrationTests
{
    protected override SandboxOptions Options => new() { Skin = SandboxSkin.Alt };

    protected override string? SelectorsFolder => Path.Combine(RepoPaths.Selectors, "alt");

    [OneTimeSetUp]
    public void UseTheAltSettingsProfile() => Robot.WriteSettings(ProfileMembers("ValueMaps", "Units"));

    /// <summary>The named top-level members of robot.settings.alt.json, as JSON members for RobotHarness.WriteSettings.</summary>
    private static string ProfileMembers(params string[] names)
    {
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "robot.settings.alt.json")))!.AsObject();
        return string.Join(",\n  ", names.Where(profile.ContainsKey).Select(n => $"\"{n}\": {profile[n]!.ToJsonString()}"));
    }

    /// <summary>
    /// As Expect.SameOnCloud, except that for an OAuth2 provider the alt Cloud shows no Host, Port, Encryption, Username
    /// or Password (the provider fixes them, authorisation names the mailbox): those are not the robot's to copy.
    /// </summary>
    protected override void AssertSameOnCloud(ServerRecord server, CloudRecord? cloud, IReadOnlyList<OAuthClient> serverCredentials)
    {
        if (!server.Protocol.Contains("OAuth", StringComparison.OrdinalIgnoreCase))
        {
            Expect.SameOnCloud(server, cloud, serverCredentials);
            return;
        }
        Assert.That(cloud, Is.Not.Null, $"'{server.Name}' is not on Cloud");
        Assert.Multiple(() =>
        {
            Assert.That(cloud!.Name, Is.EqualTo(server.Name), "Name");
            Assert.That(cloud.Description, Is.EqualTo(server.Description), $"Description of '{server.Name}'");
            Assert.That(cloud.ServiceProvider, Is.EqualTo(Expect.ServiceProviderOf(server, serverCredentials)), $"Service Provider of '{server.Name}'");
            Assert.That(cloud.OAuth2Credentials, Is.EqualTo(server.OAuthCredentials), $"OAuth2 Credentials of '{server.Name}'");
            Assert.That(cloud.Timeout, Is.EqualTo(int.Parse(server.Timeout, CultureInfo.InvariantCulture)), $"Timeout of '{server.Name}' (ms; typed in seconds)");
            Assert.That(cloud.Username, Is.Empty, $"no Username field is shown for '{server.Name}', so none is stored");
        });
    }
}

/// <summary>The same cases against the alt skin in older app versions' words (--legacy-labels, selectors/alt-legacy).</summary>
[TestFixture]
public sealed class AltSkinLegacyLabelsMigrationTests : AltSkinMigrationTests
{
    protected override SandboxOptions Options => new() { Skin = SandboxSkin.Alt, LegacyLabels = true };

    protected override string? SelectorsFolder => Path.Combine(RepoPaths.Selectors, "alt-legacy");
}
