using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>One worker's site, opened on first use (no login when a worker has nothing to write) and disposed at the end.</summary>
public sealed class SiteLease<TSite>(int workerIndex, Func<int, CancellationToken, Task<TSite>> factory) : IAsyncDisposable
    where TSite : class
{
    private TSite? site;
    private BusinessFaultException? refusal;

    public async Task<TSite> GetAsync(CancellationToken cancellationToken)
    {
        // A refused login is not tried again for every item: repeated bad logins can lock the account.
        if (refusal is not null) throw refusal;
        try
        {
            return site ??= await factory(workerIndex, cancellationToken).ConfigureAwait(false);
        }
        catch (BusinessFaultException fault)
        {
            refusal = fault;
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        switch (site)
        {
            case IAsyncDisposable asyncDisposable: await asyncDisposable.DisposeAsync().ConfigureAwait(false); break;
            case IDisposable disposable: disposable.Dispose(); break;
        }
        site = null;
    }
}
