using Robot.Domain;
using Robot.Domain.Kinds.OAuth2;
using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>
/// Carries out a plan of OAuth2 Credentials on the runner's loop (<see cref="ItemRunner{TItem,TSite,TResult}"/>,
/// <see cref="CredentialItems"/>): the same queue, workers, stop, retries and resume as the connections, each
/// credential recorded in its ledger as soon as it ends.
/// </summary>
public sealed class CredentialRunner(RunnerOptions options, Func<int, CancellationToken, Task<ICloudCredentialSite>> siteFactory, ICredentialLedger ledger)
{
    /// <param name="plan">The credentials' plan; those <paramref name="doneBefore"/> names are skipped.</param>
    /// <param name="doneBefore">Credentials whose latest row an earlier run recorded as done (--resume); empty for a fresh run.</param>
    /// <param name="progress">Told of each credential as it ends.</param>
    /// <param name="stop">Stops the run after the credential in hand.</param>
    public Task<ItemRun<PlannedCredential, CredentialOutcome>> RunAsync(
        IReadOnlyList<PlannedCredential> plan,
        IReadOnlySet<string> doneBefore,
        IProgress<CredentialOutcome>? progress = null,
        CancellationToken stop = default) =>
        new ItemRunner<PlannedCredential, ICloudCredentialSite, CredentialOutcome>(options.Workers, new CredentialItems(options, siteFactory, ledger))
            .RunAsync(plan, doneBefore, progress, stop);
}
