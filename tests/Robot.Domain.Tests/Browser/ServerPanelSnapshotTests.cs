using Robot.Adapters.Browser;

namespace Robot.Domain.Tests.Browser;

/// <summary>When a look at the Server's Edit panel counts as the row's record.</summary>
public class ServerPanelSnapshotTests
{
    private static ServerPanelSnapshot Imap(string? name = "Sales  IMAP", string? protocol = "IMAP", string? host = "mail.test",
        string? username = "sales@test", string? password = "pw") =>
        new(name, "", protocol, "SSL/TLS", host, username, password, "993", "10000", null);

    private static ServerPanelSnapshot OAuth(string? credentials) =>
        new("Gmail", "", "IMAP with OAuth Credentials", "SSL/TLS", null, null, null, null, "10000", credentials);

    [Test]
    public void A_filled_panel_naming_the_row_as_the_page_holds_it_is_complete()
    {
        Assert.That(Imap().IsComplete("  Sales  IMAP "), Is.True, "only the ends are trimmed");
        Assert.That(Imap().IsComplete("Sales IMAP"), Is.False, "runs of spaces are part of the name");
        Assert.That(Imap(name: "Other").IsComplete("Sales  IMAP"), Is.False, "another row's values");
    }

    [TestCase(null, "IMAP", "mail.test", "u")]
    [TestCase("Sales  IMAP", "", "mail.test", "u")]
    [TestCase("Sales  IMAP", "IMAP", "", "u")]
    [TestCase("Sales  IMAP", "IMAP", "mail.test", " ")]
    public void A_blank_field_every_connection_has_means_not_loaded_yet(string? name, string protocol, string host, string username) =>
        Assert.That(Imap(name, protocol, host, username).IsComplete("Sales  IMAP"), Is.False);

    [Test]
    public void An_OAuth_panel_needs_its_credentials_not_a_host_or_password()
    {
        Assert.That(OAuth("Google Workspace").IsComplete("Gmail"), Is.True);
        Assert.That(OAuth("").IsComplete("Gmail"), Is.False);
        Assert.That(OAuth("Google Workspace").ToConnection().OAuthCredentials, Is.EqualTo("Google Workspace"));
    }

    [Test]
    public void At_the_time_limit_a_panel_of_the_row_with_a_blank_field_is_its_record_but_an_empty_or_other_one_is_not()
    {
        Assert.That(Imap(host: "").IsLoadedWithBlanks("Sales  IMAP"), Is.True, "the Server's host is blank: the mapping says invalid");
        Assert.That(Imap(name: "", protocol: "", host: "", username: "").IsLoadedWithBlanks(""), Is.False, "an empty form");
        Assert.That(Imap(name: "Previous").IsLoadedWithBlanks("Sales  IMAP"), Is.False, "the previous row's values");
    }

    [Test]
    public void A_blank_password_is_withheld_and_never_printed()
    {
        Assert.That(Imap(password: "").ToConnection().Password, Is.Null);
        Assert.That(Imap(password: "s3cret-pw").ToString(), Does.Not.Contain("s3cret-pw"));
    }
}
