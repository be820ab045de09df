namespace Robot.Domain.Tests.Mapping;

public class SecretTextTests
{
    [Test]
    public void Server_connection_ToString_never_prints_the_password()
    {
        var text = Make.Server().ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(Make.Password));
            Assert.That(text, Does.Contain("Password = ***"));
            Assert.That(text, Does.Contain("Support IMAP"));
        });
    }

    [Test]
    public void Cloud_connection_ToString_never_prints_the_password()
    {
        var text = Make.Cloud(Make.Server()).ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(Make.Password));
            Assert.That(text, Does.Contain("Password = ***"));
        });
    }

    [Test]
    public void Withheld_password_prints_as_none() =>
        Assert.That(Make.Server(password: null).ToString(), Does.Contain("Password = (none)"));

    [Test]
    public void Scrub_masks_every_occurrence_longest_secret_first() =>
        Assert.That(SecretText.Scrub("login pass123 failed (pass1234)", ["pass123", "pass1234", null, ""]),
            Is.EqualTo("login *** failed (***)"));
}
