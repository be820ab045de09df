using Robot.Adapters.Browser;
using Robot.Domain.Ports;

namespace Robot.Domain.Tests.Browser;

/// <summary>Getting into a site in the login pipeline: what earns another round, how many there are, and what ends them.</summary>
public class LoginRoundsTests
{
    private static readonly Polly.ResiliencePipeline ThreeRounds = LoginRounds.Build(3, TimeProvider.System);

    [Test]
    public async Task A_round_that_logged_in_is_followed_by_another_that_finds_the_page()
    {
        var rounds = 0;
        await LoginRounds.RunAsync(ThreeRounds, _ =>
        {
            if (++rounds < 3) throw LoginRounds.Again("the login page showed");
            return Task.CompletedTask;
        }, () => new InvalidOperationException("kept asking"), CancellationToken.None);
        Assert.That(rounds, Is.EqualTo(3));
    }

    [Test]
    public void When_the_rounds_are_spent_the_callers_own_fault_says_the_site_kept_asking()
    {
        var rounds = 0;
        var error = Assert.ThrowsAsync<SiteLoginException>(() => LoginRounds.RunAsync(ThreeRounds,
            _ => { rounds++; throw LoginRounds.Again("the login page showed"); },
            () => new SiteLoginException("the Server kept asking for a login"), CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(rounds, Is.EqualTo(3));
            Assert.That(error!.Message, Is.EqualTo("the Server kept asking for a login"));
        });
    }

    [Test]
    public void A_refused_login_a_lost_page_and_any_other_system_fault_end_the_rounds_at_once_as_they_are()
    {
        foreach (var fault in new Exception[] { new SiteLoginException("refused"), new TimeoutException("slow"), new SystemFaultException("HTTP 500") })
        {
            var rounds = 0;
            var error = Assert.CatchAsync(() => LoginRounds.RunAsync(ThreeRounds, _ => { rounds++; throw fault; },
                () => new InvalidOperationException("kept asking"), CancellationToken.None));
            Assert.Multiple(() =>
            {
                Assert.That(error, Is.SameAs(fault));
                Assert.That(rounds, Is.EqualTo(1), fault.GetType().Name);
            });
        }
    }

    [Test]
    public void A_cancelled_run_starts_no_further_round()
    {
        using var cancel = new CancellationTokenSource();
        var rounds = 0;
        Assert.CatchAsync<OperationCanceledException>(() => LoginRounds.RunAsync(ThreeRounds, _ =>
        {
            rounds++;
            cancel.Cancel();
            throw LoginRounds.Again("the login page showed");
        }, () => new InvalidOperationException("kept asking"), cancel.Token));
        Assert.That(rounds, Is.EqualTo(1));
    }
}
