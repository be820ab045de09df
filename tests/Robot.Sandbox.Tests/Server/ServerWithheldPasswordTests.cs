using NUnit.Framework;
using Robot.Sandbox.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Robot.Sandbox.Tests.Server;

/// <summary>With WithholdServerPasswords the Edit dialog shows a blank Password, as many products do.</summary>
[TestFixture]
public sealed class ServerWithheldPasswordTests : ServerSiteFixture
{
    protected override SandboxOptions Options => new() { WithholdServerPasswords = true };

    [Test]
    public async Task The_Password_field_is_blank_while_the_other_fields_are_filled()
    {
        await OpenConnectionListAsync();
        await OpenEditAsync("Sales POP3");

        await Expect(Field("Name")).ToHaveValueAsync("Sales POP3");
        await Expect(Field("Username")).ToHaveValueAsync("sales@example.test");
        await Expect(Field("Password")).ToHaveValueAsync("");
        await Expect(Field("Password")).ToHaveAttributeAsync("type", "password");
    }

    [Test]
    public async Task The_json_endpoint_does_not_carry_the_password_either()
    {
        await OpenConnectionListAsync();
        var response = await Page.APIRequest.GetAsync(Url("/rest/eti/1.0/incoming/1"));
        Assert.That(response.Status, Is.EqualTo(200));
        var text = await response.TextAsync();
        Assert.That(text, Does.Not.Contain("Support-Mailbox-7431"));
    }
}
