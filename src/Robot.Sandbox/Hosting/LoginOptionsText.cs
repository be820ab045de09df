using System.Globalization;

namespace Robot.Sandbox.Hosting;

/// <summary>What the sandbox prints at start about its login extras, so a person can log in through them.</summary>
public static class LoginOptionsText
{
    public static IEnumerable<string> Lines(LoginOptions login, SandboxUrls urls)
    {
        if (login.CloudSso || login.ServerSso)
            yield return $"SSO:         {urls.Idp}  (identity provider for the {Sites(login)}; login {login.IdpUser.User} / {login.IdpUser.Password})";
        if (login.CloudTotp)
            yield return $"Cloud code:  TOTP secret {login.TotpSecret}  (RFC 6238, SHA-1, 6 digits, 30 s: add it to an authenticator app, or oathtool --totp -b SECRET)";
        if (login.SessionMinutes > 0)
            yield return $"Sessions:    end {login.SessionMinutes.ToString(CultureInfo.InvariantCulture)} minutes after their login";
    }

    private static string Sites(LoginOptions login) =>
        login.CloudSso && login.ServerSso ? "Cloud and the Server" : login.CloudSso ? "Cloud" : "Server";
}
