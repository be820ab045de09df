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

    public static string ServiceProviderOf(ServerRecord server, IReadOnlyList<OAuthClient> serverCredentials)
    {
        if (server.Protocol.Contains("OAuth", StringComparison.OrdinalIgnoreCase))
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
        Assert.That(cloud, Is.Not.Null, $"'{server.Name}' is not on Cloud");
        var isOAuth = server.Protocol.Contains("OAuth", StringComparison.OrdinalIgnoreCase);
        Assert.Multiple(() =>
        {
            Assert.That(cloud!.Name, Is.EqualTo(server.Name), "Name");
            Assert.That(cloud.Description, Is.EqualTo(server.Description), $"Description of '{server.Name}'");
            Assert.That(cloud.ServiceProvider, Is.EqualTo(ServiceProviderOf(server, serverCredentials)), $"Service Provider of '{server.Name}'");
            Assert.That(cloud.Encryption, Is.EqualTo(EncryptionOf(server)), $"Encryption of '{server.Name}'");
            Assert.That(cloud.Host, Is.EqualTo(server.Host), $"Host of '{server.Name}'");
            Assert.That(cloud.Port, Is.EqualTo(int.Parse(server.Port, CultureInfo.InvariantCulture)), $"Port of '{server.Name}'");
            Assert.That(cloud.Username, Is.EqualTo(server.Username), $"Username of '{server.Name}'");
            Assert.That(cloud.Timeout, Is.EqualTo(int.Parse(server.Timeout, CultureInfo.InvariantCulture)), $"Timeout of '{server.Name}'");
            if (isOAuth)
            {
                Assert.That(cloud.OAuth2Credentials, Is.EqualTo(server.OAuthCredentials), $"OAuth2 Credentials of '{server.Name}'");
            }
            else
            {
                Assert.That(cloud.Password, Is.EqualTo(server.Password), $"Password of '{server.Name}' (compared, never printed)");
            }
        });
    }
}
