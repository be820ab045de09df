using NUnit.Framework;
using Robot.Sandbox.Hosting;

namespace Robot.Sandbox.Tests.Seed;

public sealed class SandboxCommandLineTests
{
    [Test]
    public void Fault_options_are_read_into_the_fault_settings()
    {
        var (options, urlsFile) = SandboxCommandLine.Parse(
            ["--latency", "50-200", "--save-failure-rate", "0.2", "--test-failure-rate", "0.1", "--session-expiry", "40", "--fault-seed", "7", "--withhold-passwords", "--urls-file", "/tmp/u.json"]);

        Assert.That(options.Faults, Is.EqualTo(new FaultOptions
        {
            LatencyMinMs = 50, LatencyMaxMs = 200, SaveFailureRate = 0.2, TestFailureRate = 0.1, SessionExpiryRequests = 40, RandomSeed = 7,
        }));
        Assert.That(options.WithholdServerPasswords, Is.True);
        Assert.That(urlsFile, Is.EqualTo("/tmp/u.json"));
    }

    [Test]
    public void The_skin_legacy_labels_and_the_alt_fill_are_read()
    {
        var (options, _) = SandboxCommandLine.Parse(["--skin", "alt", "--legacy-labels", "--alt-fill", "name-first"]);

        Assert.That((options.Skin, options.LegacyLabels, options.AltFill), Is.EqualTo((SandboxSkin.Alt, true, AltFill.NameFirst)));
        Assert.That(SandboxCommandLine.Parse([]).Options.Skin, Is.EqualTo(SandboxSkin.Default));
    }

    [Test]
    public void Page_quirk_options_are_read_into_the_quirks()
    {
        var (options, _) = SandboxCommandLine.Parse(
            ["--server-late-fill", "300", "--server-previous-row-first", "--server-never-fill", "A  B", "--server-never-fill", "C",
             "--server-login-to-dashboard", "--cloud-oauth-page-hangs"]);

        var quirks = options.Quirks;
        Assert.That((quirks.ServerLateFillMs, quirks.ServerPreviousRowFirst, quirks.ServerLoginLandsOnDashboard, quirks.CloudOAuthCredentialsPageHangs),
            Is.EqualTo((300, true, true, true)));
        Assert.That(quirks.ServerNeverFill, Is.EqualTo(new[] { "A  B", "C" }));
        Assert.That(SandboxCommandLine.Parse([]).Options.Quirks.ServerOpensEmpty, Is.False, "all off by default");
        Assert.That(SandboxCommandLine.Usage, Does.Contain("--server-late-fill MS"));
    }

    [TestCase("--skin", "blue", "--skin: 'blue' is not one of: default, alt")]
    [TestCase("--alt-fill", "slowly", "not one of: mixed, together, name-first, stale-first, never")]
    [TestCase("--save-failure-rate", "1.5", "not a rate between 0 and 1")]
    [TestCase("--session-expiry", "-3", "not a whole number")]
    [TestCase("--server-late-fill", "soon", "not a whole number")]
    [TestCase("--bogus", null, "unknown option --bogus")]
    [TestCase("--seed", null, "--seed needs a value")]
    public void Bad_options_name_the_option_and_the_value(string option, string? value, string message)
    {
        string[] args = value is null ? [option] : [option, value];

        var error = Assert.Throws<ArgumentException>(() => SandboxCommandLine.Parse(args));

        Assert.That(error!.Message, Does.Contain(message));
    }
}
