using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>One worker's Cloud site, opened on first use (no login when a worker has nothing to write) and disposed at the end.</summary>
internal sealed class SiteLease(int workerIndex, CloudSiteFactory factory) : IAsyncDisposable
{
    private ICloudSite? site;

    public async Task<ICloudSite> GetAsync(CancellationToken cancellationToken) =>
        site ??= await factory(workerIndex, cancellationToken).ConfigureAwait(false);

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
