using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Robot.Adapters.Browser;

/// <summary>
/// Chromium's network errors (net::ERR_…, as Playwright quotes them) and a page that never answered, in words a user
/// can act on. The one table of them: a code ending in '*' covers every code it starts.
/// Placeholders: {host}, {port}, {code}, {seconds}.
/// </summary>
public static partial class NetworkErrors
{
    /// <summary>A page load that ran out of time (Playwright's words for a navigation that got no answer).</summary>
    public const string NoAnswer = "timeout";

    private static readonly (string Code, string Words)[] Table =
    [
        ("ERR_CONNECTION_REFUSED", "nothing is listening on {host} port {port} (connection refused)"),
        ("ERR_UNSAFE_PORT", "Chromium refuses port {port} as unsafe"),
        ("ERR_NAME_NOT_RESOLVED", "the name {host} is not known (DNS)"),
        ("ERR_NAME_RESOLUTION_FAILED", "the name {host} could not be looked up (DNS failed)"),
        ("ERR_CONNECTION_TIMED_OUT", "{host} port {port} did not answer (connection timed out)"),
        ("ERR_TIMED_OUT", "{host} port {port} did not answer (timed out)"),
        (NoAnswer, "{host} port {port} did not answer within {seconds} s"),
        ("ERR_ADDRESS_UNREACHABLE", "there is no network route to {host}"),
        ("ERR_NETWORK_UNREACHABLE", "there is no network route to {host}"),
        ("ERR_INTERNET_DISCONNECTED", "this machine has no network connection"),
        ("ERR_ADDRESS_INVALID", "{host} port {port} is not a valid address"),
        ("ERR_CONNECTION_RESET", "{host} port {port} dropped the connection (reset)"),
        ("ERR_CONNECTION_CLOSED", "{host} port {port} closed the connection without an answer"),
        ("ERR_EMPTY_RESPONSE", "{host} port {port} closed the connection without an answer"),
        ("ERR_SSL_PROTOCOL_ERROR", "{host} port {port} does not speak HTTPS as expected (http:// instead of https://?)"),
        ("ERR_CERT_AUTHORITY_INVALID", "its HTTPS certificate is not signed by an authority this machine trusts"),
        ("ERR_CERT_COMMON_NAME_INVALID", "its HTTPS certificate is for another name than {host}"),
        ("ERR_CERT_DATE_INVALID", "its HTTPS certificate has expired or is not valid yet"),
        ("ERR_CERT_*", "its HTTPS certificate is not accepted ({code})"),
        ("ERR_PROXY_CONNECTION_FAILED", "the proxy server cannot be reached"),
        ("ERR_TUNNEL_CONNECTION_FAILED", "the proxy server refused to connect to {host}"),
        ("ERR_INVALID_URL", "the address is not a valid URL"),
        ("ERR_*", "Chromium says {code}"),
    ];

    /// <summary>
    /// The words for the network error in <paramref name="error"/> or any exception it wraps, or null when it is not one
    /// (a refused login, a page that changed).
    /// </summary>
    /// <param name="url">The site's address, for {host} and {port}.</param>
    /// <param name="timeout">The page-load time allowed, for {seconds}.</param>
    public static string? Describe(Exception error, Uri url, TimeSpan timeout)
    {
        var code = CodeOf(error);
        if (code is null) return null;
        var words = Table.First(entry => entry.Code.EndsWith('*') ? code.StartsWith(entry.Code[..^1], StringComparison.Ordinal) : entry.Code == code).Words;
        return words
            .Replace("{host}", url.Host, StringComparison.Ordinal)
            .Replace("{port}", url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{code}", "net::" + code, StringComparison.Ordinal)
            .Replace("{seconds}", timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>ERR_… of the first Chromium network error in the chain, <see cref="NoAnswer"/> for a page load that timed out, else null.</summary>
    private static string? CodeOf(Exception error)
    {
        for (Exception? cause = error; cause is not null; cause = cause.InnerException)
        {
            if (cause is not (PlaywrightException or System.TimeoutException)) continue;
            if (ChromiumCode().Match(cause.Message) is { Success: true } match) return match.Groups[1].Value;
            if (cause.Message.StartsWith("Timeout ", StringComparison.Ordinal) && cause.Message.Contains("navigating to", StringComparison.Ordinal))
                return NoAnswer;
        }
        return null;
    }

    [GeneratedRegex(@"net::(ERR_[A-Z0-9_]+)")]
    private static partial Regex ChromiumCode();
}
