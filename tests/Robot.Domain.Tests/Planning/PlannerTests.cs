namespace Robot.Domain.Tests.Planning;

public class PlannerTests
{
    private static readonly CloudOAuth2Client GoogleClient = new("Google Workspace", "GMail/GSuite with OAuth2");
    private static readonly CloudOAuth2Client MicrosoftClient = new("Microsoft 365 Tenant", "microsoft365");

    private static IReadOnlyList<PlannedConnection> Plan(
        IReadOnlyList<ServerConnection> server,
        CloudInventory? cloud = null,
        PlannerOptions? options = null) =>
        new Planner(Make.Mapper(), options ?? new PlannerOptions()).Plan(server, cloud ?? CloudInventory.Empty);

    private static PlannedConnection PlanOne(ServerConnection server, CloudInventory? cloud = null, PlannerOptions? options = null) =>
        Plan([server], cloud, options).Single();

    private static CloudInventory OnCloud(params ExistingCloudConnection[] connections) => new(connections, []);

    private static CloudInventory WithClients(params CloudOAuth2Client[] clients) => new([], clients);

    [Test]
    public void Connection_not_on_Cloud_is_created_with_its_password()
    {
        var planned = PlanOne(Make.Server());
        Assert.Multiple(() =>
        {
            Assert.That(planned.Decision, Is.EqualTo(PlanDecision.Create));
            Assert.That(planned.Cloud!.Password, Is.EqualTo(Secret.Of(Make.Password)));
            Assert.That(planned.Reason, Is.EqualTo("not on Cloud"));
        });
    }

    [Test]
    public void Connection_an_interrupted_run_began_to_create_is_looked_for_not_called_already_existing()
    {
        var options = new PlannerOptions { InterruptedCreates = new HashSet<string> { "SUPPORT IMAP" } };
        var onCloud = PlanOne(Make.Server(name: "Support IMAP"), OnCloud(new ExistingCloudConnection("Support IMAP")), options);
        Assert.That((onCloud.Decision, onCloud.LookFirst), Is.EqualTo((PlanDecision.Create, true)));
        Assert.That(onCloud.Reason, Does.Contain("interrupted run"));

        var notSaved = PlanOne(Make.Server(name: "Support IMAP"), options: options);
        Assert.That((notSaved.Decision, notSaved.LookFirst), Is.EqualTo((PlanDecision.Create, true)));
        Assert.That(PlanOne(Make.Server(name: "Other")).LookFirst, Is.False);
    }

    [Test]
    public void Connection_on_Cloud_already_exists_whatever_the_case_of_its_name()
    {
        var planned = PlanOne(Make.Server(name: "Support IMAP"), OnCloud(new ExistingCloudConnection("support imap")));
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.AlreadyExists));
    }

    [Test]
    public void Update_existing_updates_a_connection_that_differs_and_says_where()
    {
        var server = Make.Server();
        var readBack = Make.Cloud(server) with { Password = null, Host = "old.example.test", Port = 143 };
        var planned = PlanOne(server, OnCloud(new ExistingCloudConnection(server.Name, readBack)), new PlannerOptions { UpdateExisting = true });
        Assert.Multiple(() =>
        {
            Assert.That(planned.Decision, Is.EqualTo(PlanDecision.Update));
            Assert.That(planned.Reason, Does.EndWith("differs in: Host, Port"));
            Assert.That(planned.Cloud!.Password, Is.EqualTo(Secret.Of(Make.Password)));
        });
    }

    [Test]
    public void Update_existing_leaves_a_connection_whose_fields_all_match()
    {
        var server = Make.Server();
        var readBack = Make.Cloud(server) with { Password = null, Host = "MAIL.example.test" };
        var planned = PlanOne(server, OnCloud(new ExistingCloudConnection(server.Name, readBack)), new PlannerOptions { UpdateExisting = true });
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.AlreadyExists));
    }

    [Test]
    public void Update_existing_updates_a_connection_whose_fields_were_not_read()
    {
        var planned = PlanOne(Make.Server(), OnCloud(new ExistingCloudConnection("Support IMAP")), new PlannerOptions { UpdateExisting = true });
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.Update));
    }

    [Test]
    public void Without_update_existing_an_existing_OAuth_connection_is_not_reported_blocked()
    {
        var planned = PlanOne(Make.GmailOAuth(), OnCloud(new ExistingCloudConnection("Gmail Support")));
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.AlreadyExists));
    }

    [Test]
    public void OAuth_connection_without_any_client_of_its_provider_is_blocked()
    {
        var planned = PlanOne(Make.GmailOAuth(), WithClients(MicrosoftClient));
        Assert.Multiple(() =>
        {
            Assert.That(planned.Decision, Is.EqualTo(PlanDecision.BlockedOAuth));
            Assert.That(planned.Reason, Does.Contain("GMail/GSuite with OAuth2"));
            Assert.That(planned.Reason, Does.Contain("must be migrated first"));
        });
    }

    [Test]
    public void OAuth_connection_whose_named_credential_is_missing_is_blocked_naming_it()
    {
        var planned = PlanOne(Make.GmailOAuth(credential: "Legacy Google Project"), WithClients(GoogleClient));
        Assert.Multiple(() =>
        {
            Assert.That(planned.Decision, Is.EqualTo(PlanDecision.BlockedOAuth));
            Assert.That(planned.Reason, Does.Contain("'Legacy Google Project'"));
        });
    }

    [Test]
    public void OAuth_connections_are_created_once_their_clients_are_on_Cloud()
    {
        var plan = Plan([Make.GmailOAuth(), Make.MicrosoftOAuth()], WithClients(GoogleClient, MicrosoftClient));
        Assert.Multiple(() =>
        {
            Assert.That(plan.Select(p => p.Decision), Is.All.EqualTo(PlanDecision.Create));
            Assert.That(plan.Select(p => p.Cloud!.OAuth2Credentials), Is.EqualTo(new[] { "Google Workspace", "Microsoft 365 Tenant" }));
            Assert.That(plan.Select(p => p.Cloud!.Password), Is.All.Null);
        });
    }

    [Test]
    public void Withheld_password_without_a_secret_needs_a_password()
    {
        var planned = PlanOne(Make.Server(password: null));
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.NeedsPassword));
    }

    [Test]
    public void Blank_password_counts_as_withheld() =>
        Assert.That(PlanOne(Make.Server(password: "")).Decision, Is.EqualTo(PlanDecision.NeedsPassword));

    [Test]
    public void Withheld_password_comes_from_the_secrets_lookup_by_connection_name()
    {
        var asked = new List<string>();
        var options = new PlannerOptions { PasswordFor = name => { asked.Add(name); return Secret.Of("from-secrets"); } };
        var planned = PlanOne(Make.Server(name: "Sales POP3", password: null), options: options);
        Assert.Multiple(() =>
        {
            Assert.That(planned.Decision, Is.EqualTo(PlanDecision.Create));
            Assert.That(planned.Cloud!.Password, Is.EqualTo(Secret.Of("from-secrets")));
            Assert.That(asked, Is.EqualTo(new[] { "Sales POP3" }));
        });
    }

    [Test]
    public void Update_of_a_connection_with_withheld_password_and_no_secret_needs_a_password()
    {
        var planned = PlanOne(Make.Server(password: null), OnCloud(new ExistingCloudConnection("Support IMAP")),
            new PlannerOptions { UpdateExisting = true, PasswordFor = _ => null });
        Assert.That(planned.Decision, Is.EqualTo(PlanDecision.NeedsPassword));
    }

    [Test]
    public void OAuth_connection_needs_no_password() =>
        Assert.That(PlanOne(Make.GmailOAuth(), WithClients(GoogleClient)).Decision, Is.EqualTo(PlanDecision.Create));

    [Test]
    public void Invalid_Server_data_is_invalid_with_field_value_and_reason()
    {
        var planned = PlanOne(Make.Server(port: "abc"));
        Assert.Multiple(() =>
        {
            Assert.That(planned.Decision, Is.EqualTo(PlanDecision.Invalid));
            Assert.That(planned.Reason, Does.StartWith("Port: abc: "));
            Assert.That(planned.Cloud, Is.Null);
        });
    }

    [Test]
    public void Second_and_later_duplicate_names_are_invalid()
    {
        var plan = Plan([Make.Server(name: "Sales"), Make.Server(name: "Other"), Make.Server(name: "sales "), Make.Server(name: "Sales")]);
        Assert.Multiple(() =>
        {
            Assert.That(plan.Select(p => p.Decision), Is.EqualTo(new[]
            {
                PlanDecision.Create, PlanDecision.Create, PlanDecision.Invalid, PlanDecision.Invalid,
            }));
            Assert.That(plan[2].Reason, Is.EqualTo("Name: sales : duplicate name on Server"));
        });
    }

    [TestCase(new[] { "Sales*" }, new[] { "Sales POP3", "Sales IMAP" })]
    [TestCase(new[] { "*imap" }, new[] { "Support IMAP", "Sales IMAP" })]
    [TestCase(new[] { "?ps POP3" }, new[] { "Ops POP3" })]
    [TestCase(new[] { "Ops POP3", "support*" }, new[] { "Support IMAP", "Ops POP3" })]
    [TestCase(new string[0], new[] { "Support IMAP", "Sales POP3", "Sales IMAP", "Ops POP3" })]
    [TestCase(new[] { "Nothing*" }, new string[0])]
    public void Only_globs_limit_the_plan(string[] only, string[] expected)
    {
        var server = new[] { "Support IMAP", "Sales POP3", "Sales IMAP", "Ops POP3" }.Select(name => Make.Server(name: name)).ToList();
        var plan = Plan(server, options: new PlannerOptions { Only = only });
        Assert.That(plan.Select(p => p.Name), Is.EqualTo(expected));
    }

    [Test]
    public void Duplicate_is_found_even_when_only_leaves_the_first_out()
    {
        var plan = Plan([Make.Server(name: "Sales"), Make.Server(name: "Sales ")], options: new PlannerOptions { Only = ["Sales "] });
        Assert.That(plan.Select(p => (p.Name, p.Decision)), Is.EqualTo(new[] { ("Sales ", PlanDecision.Invalid) }));
    }

    [TestCase("Sales*", "sales pop3", true)]
    [TestCase("Sales?", "Sales", false)]
    [TestCase("a.b", "aXb", false)]
    [TestCase("(x)*", "(x) y", true)]
    [TestCase("*", "line1\nline2", true)]
    public void Name_globs_treat_only_star_and_question_mark_as_wildcards(string pattern, string name, bool matches) =>
        Assert.That(NameGlob.IsMatch(pattern, name), Is.EqualTo(matches));
}
