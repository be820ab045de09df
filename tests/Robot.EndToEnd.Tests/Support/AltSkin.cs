using System.Text.Json.Nodes;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// What every end-to-end fixture that runs against the alt skin of the sandbox shares: the robot is changed only
/// through selectors/alt and the settings profile robot.settings.alt.json, and the Cloud is compared with the Server
/// where the alt Cloud legitimately stores something else than the first skin's.
/// </summary>
public static class AltSkin
{
    public static string SelectorsFolder => Path.Combine(RepoPaths.Selectors, "alt");

    public static string LegacySelectorsFolder => Path.Combine(RepoPaths.Selectors, "alt-legacy");

    /// <summary>
    /// The members of robot.settings.alt.json that make it differ from robot.settings.json (its value maps and units),
    /// as JSON members for RobotHarness.WriteSettings: the sandbox's URLs and logins stay the harness's.
    /// </summary>
    public static string SettingsProfile()
    {
        var profile = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "robot.settings.alt.json")))!.AsObject();
        return string.Join(",\n  ", new[] { "ValueMaps", "Units" }.Where(profile.ContainsKey)
            .Select(n => $"\"{n}\": {profile[n]!.ToJsonString()}"));
    }

    /// <summary>
    /// As Expect.SameOnCloud, except that for an OAuth2 provider the alt Cloud shows no Host, Port, Encryption, Username
    /// or Password (the provider fixes them, authorisation names the mailbox), and stores them blank: those are not the
    /// robot's to copy. Timeout is compared in milliseconds: the alt Cloud asks for seconds and stores milliseconds, so a
    /// robot that typed the Server's 10000 into the seconds field is refused, and one that typed 10 stores 10000.
    /// </summary>
    public static void AssertSameOnCloud(ServerRecord server, CloudRecord? cloud, IReadOnlyList<OAuthClient> serverCredentials)
    {
        if (!Expect.IsOAuth(server))
        {
            Expect.SameOnCloud(server, cloud, serverCredentials);
            return;
        }
        Assert.That(cloud, Is.Not.Null, $"'{Expect.Shorten(server.Name)}' is not on Cloud");
        var shown = $"'{Expect.Shorten(server.Name)}'";
        Assert.Multiple(() =>
        {
            Assert.That(cloud!.Name, Is.EqualTo(server.Name), "Name");
            Assert.That(cloud.Description, Is.EqualTo(server.Description), $"Description of {shown}");
            Assert.That(cloud.ServiceProvider, Is.EqualTo(Expect.ServiceProviderOf(server, serverCredentials)), $"Service Provider of {shown}");
            Assert.That(cloud.OAuth2Credentials, Is.EqualTo(server.OAuthCredentials), $"OAuth2 Credentials of {shown}");
            Assert.That(cloud.Timeout, Is.EqualTo(Expect.TimeoutOf(server)), $"Timeout of {shown} (ms; typed in seconds)");
            Assert.That(cloud.Username, Is.Empty, $"no Username field is shown for {shown}, so none is stored");
        });
    }
}
