using System.Globalization;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// What the guide says a Server connection must look like on Cloud, written out here on its own (not through the
/// robot's mapper), so the end-to-end tests check the robot against the guide rather than against itself.
/// </summary>
public static class Expect
{
    public const string Imap = "General IMAP4 service";
    public const string Pop3 = "General POP3 service";
    public const string Gmail = "GMail/GSuite with OAuth2";
    public const string Microsoft365 = "Microsoft365 with OAuth2";

    /// <summary>What the Cloud stores for a blank Timeout.</summary>
    public const int CloudDefaultTimeoutMs = 10000;

    public static bool IsOAuth(ServerRecord server) => server.Protocol.Contains("OAuth", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Server's Timeout (milliseconds) as the Cloud keeps it: blank is the Cloud's default.</summary>
    public static int TimeoutOf(ServerRecord server) =>
        server.Timeout.Length == 0 ? CloudDefaultTimeoutMs : int.Parse(server.Timeout, CultureInfo.InvariantCulture);

    /// <summary>A name short enough for an assertion message (hostile names run to 255 characters and more).</summary>
    public static string Shorten(string text) => text.Length > 40 ? text[..40] + $"…({text.Length})" : text;

    public static string ServiceProviderOf(ServerRecord server, IReadOnlyList<OAuthClient> serverCredentials)
    {
        if (IsOAuth(server))
        {
            var provider = serverCredentials.Single(c => c.Name == server.OAuthCredentials).Provider;
            return provider.Contains("gmail", StringComparison.OrdinalIgnoreCase) || provider.Contains("GMail", StringComparison.Ordinal)
                ? Gmail
                : Microsoft365;
        }
        return server.Protocol.Contains("IMAP", StringComparison.OrdinalIgnoreCase) ? Imap : Pop3;
    }

    public static string EncryptionOf(ServerRecord server) => server.Encryption == "No Encryption" ? "None" : server.Encryption;

    /// <summary>Asserts, field by field, that the Cloud connection is the Server one in the Cloud's words.</summary>
    public static void SameOnCloud(ServerRecord server, CloudRecord? cloud, IReadOnlyList<OAuthClient> serverCredentials)
    {
        var shown = $"'{Shorten(server.Name)}'";
        Assert.That(cloud, Is.Not.Null, $"{shown} is not on Cloud");
        Assert.Multiple(() =>
        {
            Assert.That(cloud!.Name, Is.EqualTo(server.Name), "Name");
            Assert.That(cloud.Description, Is.EqualTo(server.Description), $"Description of {shown} (length {server.Description.Length})");
            Assert.That(cloud.ServiceProvider, Is.EqualTo(ServiceProviderOf(server, serverCredentials)), $"Service Provider of {shown}");
            Assert.That(cloud.Encryption, Is.EqualTo(EncryptionOf(server)), $"Encryption of {shown}");
            Assert.That(cloud.Host, Is.EqualTo(server.Host), $"Host of {shown}");
            Assert.That(cloud.Port, Is.EqualTo(int.Parse(server.Port, CultureInfo.InvariantCulture)), $"Port of {shown}");
            Assert.That(cloud.Username, Is.EqualTo(server.Username), $"Username of {shown}");
            Assert.That(cloud.Timeout, Is.EqualTo(TimeoutOf(server)), $"Timeout of {shown}");
            if (IsOAuth(server))
            {
                Assert.That(cloud.OAuth2Credentials, Is.EqualTo(server.OAuthCredentials), $"OAuth2 Credentials of {shown}");
            }
            else
            {
                Assert.That(cloud.Password, Is.EqualTo(server.Password), $"Password of {shown} (compared, never printed)");
            }
        });
    }
}
