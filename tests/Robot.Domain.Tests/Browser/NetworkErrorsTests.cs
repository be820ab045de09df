using Microsoft.Playwright;
using Robot.Adapters.Browser;
using Robot.Domain.Ports;

namespace Robot.Domain.Tests.Browser;

/// <summary>Chromium's network errors, as Playwright reports them, in words.</summary>
public class NetworkErrorsTests
{
    private static readonly Uri Site = new("https://jira.example.test:8443/");
    private static readonly TimeSpan PageLoad = TimeSpan.FromSeconds(30);

    [TestCase("net::ERR_CONNECTION_REFUSED", "nothing is listening on jira.example.test port 8443 (connection refused)")]
    [TestCase("net::ERR_UNSAFE_PORT", "Chromium refuses port 8443 as unsafe")]
    [TestCase("net::ERR_NAME_NOT_RESOLVED", "the name jira.example.test is not known (DNS)")]
    [TestCase("net::ERR_CONNECTION_TIMED_OUT", "jira.example.test port 8443 did not answer (connection timed out)")]
    [TestCase("net::ERR_ADDRESS_UNREACHABLE", "there is no network route to jira.example.test")]
    [TestCase("net::ERR_CERT_AUTHORITY_INVALID", "its HTTPS certificate is not signed by an authority this machine trusts")]
    [TestCase("net::ERR_CERT_REVOKED", "its HTTPS certificate is not accepted (net::ERR_CERT_REVOKED)")]
    [TestCase("net::ERR_SOMETHING_NEW", "Chromium says net::ERR_SOMETHING_NEW")]
    public void A_Chromium_network_error_is_put_in_words(string code, string words)
    {
        var error = new PlaywrightException($"{code} at https://jira.example.test:8443/login\nCall log:\n  - navigating to \"https://jira.example.test:8443/login\"");
        Assert.That(NetworkErrors.Describe(error, Site, PageLoad), Is.EqualTo(words));
    }

    [Test]
    public void A_page_load_that_ran_out_of_time_says_how_long_was_allowed()
    {
        var error = new System.TimeoutException("Timeout 30000ms exceeded.\nCall log:\n  - navigating to \"https://jira.example.test:8443/\", waiting until \"load\"");
        Assert.That(NetworkErrors.Describe(error, Site, PageLoad), Is.EqualTo("jira.example.test port 8443 did not answer within 30 s"));
    }

    [Test]
    public void The_cause_is_found_inside_a_wrapping_fault()
    {
        var error = new SystemFaultException("opening the Cloud (at 'log in'): net::ERR_UNSAFE_PORT at …",
            new PlaywrightException("net::ERR_UNSAFE_PORT at http://127.0.0.1:9/"));
        Assert.That(NetworkErrors.Describe(error, new Uri("http://127.0.0.1:9/"), PageLoad), Is.EqualTo("Chromium refuses port 9 as unsafe"));
    }

    [Test]
    public void Other_faults_are_not_network_errors()
    {
        Assert.That(NetworkErrors.Describe(new SiteLoginException("the Cloud refused the login"), Site, PageLoad), Is.Null);
        Assert.That(NetworkErrors.Describe(new System.TimeoutException("Timeout 10000ms exceeded.\nCall log:\n  - waiting for GetByRole(Button, new() { Name = \"Log in\" })"), Site, PageLoad), Is.Null);
    }
}
