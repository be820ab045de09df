using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Sites;

/// <summary>
/// The OAuth2 Callback URL each site shows: relative to its own Jira instance, so the Server's and the Cloud's differ
/// and a person must register the Cloud's at the provider.
/// </summary>
public static class OAuthCallback
{
    public const string ServerPath = "/plugins/servlet/eti/oauth2/callback";
    public const string CloudPath = "/plugins/servlet/ac/email-this-issue/oauth2-callback";

    public static string Server(SandboxUrls urls) => new Uri(urls.Server, ServerPath).ToString();

    public static string Cloud(SandboxUrls urls) => new Uri(urls.Cloud, CloudPath).ToString();
}
