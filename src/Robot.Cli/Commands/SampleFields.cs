using System.Globalization;
using Robot.Domain;

namespace Robot.Cli.Commands;

/// <summary>A Server connection and its Cloud mapping side by side, field by field; passwords only ever as a mask.</summary>
internal static class SampleFields
{
    public static IEnumerable<(string Field, string Server, string Cloud)> Of(ServerConnection server, CloudConnection cloud, TimeUnit serverTimeoutUnit)
    {
        yield return ("Name", server.Name, cloud.Name);
        yield return ("Description", Short(server.Description), Short(cloud.Description));
        yield return ("Protocol/Provider", server.Protocol, cloud.ServiceProvider);
        yield return ("Encryption", server.Encryption, cloud.Encryption);
        yield return ("Host", server.Host, cloud.Host);
        yield return ("Port", server.Port, cloud.Port?.ToString(CultureInfo.InvariantCulture) ?? "");
        yield return ("Username", server.Username, cloud.Username);
        yield return ("Password", SecretText.MaskOf(server.Password), SecretText.MaskOf(cloud.Password));
        yield return ("Timeout", server.Timeout.Trim().Length == 0 ? "(blank)" : $"{server.Timeout.Trim()} {Unit((int)serverTimeoutUnit)}", CloudTimeout(cloud));
        if (cloud.OAuth2Credentials is not null) yield return ("OAuth2 Credentials", server.OAuthCredentials, cloud.OAuth2Credentials);
    }

    private static string CloudTimeout(CloudConnection cloud) =>
        cloud.Timeout is not { } value ? "" : $"{value.ToString(CultureInfo.InvariantCulture)} {Unit(cloud.TimeoutUnitMs)}";

    private static string Unit(int milliseconds) => milliseconds == 1000 ? "s" : "ms";

    private static string Short(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 30 ? flat : flat[..29] + "…";
    }
}
