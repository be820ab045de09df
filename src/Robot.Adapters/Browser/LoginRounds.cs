using Polly;
using Polly.Retry;
using Robot.Domain.Ports;

namespace Robot.Adapters.Browser;

/// <summary>
/// Getting into a site as rounds of a Polly retry pipeline, built as the runner's <c>RetryPolicy</c> builds its own
/// (Polly's retry strategy over a <see cref="SystemFaultException"/>): a round opens the page and, when the site asks
/// for a login or Administrator Access, gives it and asks for another round (<see cref="Again"/>). Only that is tried
/// again, at once; a refused login (a business fault), a lost page (machinery) or anything else ends the rounds as it
/// is. When the rounds are spent the site kept asking, and the caller's own fault says so.
/// </summary>
public static class LoginRounds
{
    /// <summary>The pipeline of <paramref name="rounds"/> rounds (at least 2).</summary>
    public static ResiliencePipeline Build(int rounds, TimeProvider clock) =>
        new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<AnotherRound>(),
                MaxRetryAttempts = Math.Max(1, rounds - 1),
                Delay = TimeSpan.Zero,
            })
            .Build();

    /// <summary>Thrown by a round that logged in (or confirmed access) so that the next round looks at the page again.</summary>
    public static SystemFaultException Again(string why) => new AnotherRound(why);

    /// <summary>Runs the rounds; <paramref name="keptAsking"/> is thrown when the last round still asked for another.</summary>
    public static async Task RunAsync(ResiliencePipeline rounds, Func<CancellationToken, Task> round, Func<Exception> keptAsking,
        CancellationToken cancellationToken)
    {
        try
        {
            await rounds.ExecuteAsync(async token =>
            {
                token.ThrowIfCancellationRequested();
                await round(token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (AnotherRound)
        {
            throw keptAsking();
        }
    }

    private sealed class AnotherRound(string why) : SystemFaultException(why);
}
