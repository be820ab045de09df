namespace Robot.Domain.Tests.Planning;

/// <summary>
/// An OAuth connection whose credentials the Server has but this run could not bring to Cloud is held for the
/// credential's own reason (named, with what the person does), not blocked-oauth; blocked-oauth stays for credentials
/// the Server lacks.
/// </summary>
public class HeldCredentialPlanTests
{
    private static readonly CloudOAuth2Client GoogleClient = new("Google Workspace", "GMail/GSuite with OAuth2");

    private static PlannedConnection PlanOne(ServerConnection server, params HeldCredential[] held) =>
        new Planner(Make.Mapper(), new PlannerOptions()).Plan([server], new CloudInventory([], [GoogleClient])
        {
            HeldCredentials = held.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase),
        }).Single();

    [Test]
    public void A_credential_that_needs_its_secret_makes_its_connection_needs_secret_naming_it_and_the_next_step()
    {
        var planned = PlanOne(Make.GmailOAuth(credential: "Legacy Google Project"),
            new HeldCredential("legacy google project", PlanDecision.NeedsSecret, "the Server withholds the Client Secret"));
        Assert.Multiple(() =>
        {
            Assert.That(planned.Decision, Is.EqualTo(PlanDecision.NeedsSecret));
            Assert.That(ConnectionStatuses.Untouched(planned.Decision), Is.EqualTo(ConnectionStatus.NeedsSecret));
            Assert.That(planned.Reason, Does.Contain("'legacy google project' needs its client secret")
                .And.Contain("\"OAuth2 Credentials: legacy google project\"").And.Contain("run again with --resume"));
        });
    }

    [Test]
    public void A_credential_that_failed_makes_its_connection_failed_with_the_credential_s_reason()
    {
        var planned = PlanOne(Make.GmailOAuth(credential: "Legacy Google Project"),
            new HeldCredential("Legacy Google Project", PlanDecision.Failed, "Save refused: Client ID is required"));
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.Failed));
        Assert.That(planned.Reason, Does.Contain("'Legacy Google Project' could not be migrated (Save refused: Client ID is required)"));
    }

    [Test]
    public void A_credential_the_Server_lacks_still_blocks()
    {
        var planned = PlanOne(Make.GmailOAuth(credential: "Legacy Google Project"),
            new HeldCredential("Another Project", PlanDecision.NeedsSecret, "withheld"));
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.BlockedOAuth));
        Assert.That(planned.Reason, Does.Contain("must be migrated first"));
    }

    [Test]
    public void A_held_credential_does_not_touch_a_password_connection()
    {
        var planned = PlanOne(Make.Server(), new HeldCredential("Google Workspace", PlanDecision.NeedsSecret, "withheld"));
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.Create));
    }
}
