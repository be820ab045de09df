namespace Robot.Domain.Tests.Planning;

/// <summary>What could not be read fails only the connections that need it; the others are planned as usual.</summary>
public class LocalFailureTests
{
    private static IReadOnlyList<PlannedConnection> Plan(IReadOnlyList<ServerConnection> server, CloudInventory cloud) =>
        new Planner(Make.Mapper(), new PlannerOptions()).Plan(server, cloud);

    [Test]
    public void A_row_whose_panel_was_not_read_fails_with_the_reason_and_the_others_go_on()
    {
        var plan = Plan([Make.Server(name: "Read"), ServerConnection.UnreadableRow("Late", "the Edit panel of 'Late' did not fill in within 10 s")],
            CloudInventory.Empty);

        Assert.That(plan.Select(p => (p.Name, p.Decision, p.Reason)), Is.EqualTo(new[]
        {
            ("Read", PlanDecision.Create, "not on Cloud"),
            ("Late", PlanDecision.Failed, "the Edit panel of 'Late' did not fill in within 10 s"),
        }));
        Assert.That(PlanDecision.Failed.ToWire(), Is.EqualTo("failed"));
    }

    [Test]
    public void An_unreadable_OAuth2_Credentials_page_fails_only_the_OAuth_connections_that_need_it()
    {
        var cloud = new CloudInventory([new ExistingCloudConnection("M365 On Cloud")], []) { OAuth2ClientsUnreadable = "the page hung" };
        var plan = Plan([Make.Server(name: "IMAP"), Make.GmailOAuth(), Make.MicrosoftOAuth(name: "M365 On Cloud")], cloud);

        Assert.That(plan.Select(p => (p.Name, p.Decision)), Is.EqualTo(new[]
        {
            ("IMAP", PlanDecision.Create),
            ("Gmail Support", PlanDecision.Failed),
            // Already on Cloud: nothing to create, so the clients are not needed.
            ("M365 On Cloud", PlanDecision.AlreadyExists),
        }));
        Assert.That(plan[1].Reason, Is.EqualTo("the page hung"));
    }

    [Test]
    public void Of_two_same_named_connections_the_later_in_the_list_is_the_duplicate_even_when_the_first_was_not_read()
    {
        var plan = Plan([ServerConnection.UnreadableRow("Same", "not read"), Make.Server(name: "Same")], CloudInventory.Empty);

        Assert.That(plan.Select(p => p.Decision), Is.EqualTo(new[] { PlanDecision.Failed, PlanDecision.Invalid }));
        Assert.That(plan[1].Reason, Does.Contain("duplicate name on Server"));
    }
}
