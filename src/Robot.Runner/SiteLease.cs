using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>One worker's Cloud site, opened on first use (no login when a worker has nothing to write) and disposed at the end.</summary>
internal sealed class SiteLease(int workerIndex, CloudSiteFactory factory) : IAsyncDisposable
{
    private ICloudSite? site;
    private BusinessFaultException? refusal;

    public async Task<ICloudSite> GetAsync(CancellationToken cancellationToken)
    {
        // A refused login is not tried again for every connection: repeated bad logins can lock the account.
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
