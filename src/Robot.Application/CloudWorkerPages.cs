using Robot.Adapters.Browser;
using Robot.Runner;

namespace Robot.Application;

/// <summary>
/// The runner's Cloud pages: worker 0 reuses the page that read the Cloud for the plan (already logged in); every other
/// worker opens its own page, logged in from the shared session before it is handed over.
/// </summary>
public sealed class CloudWorkerPages(RobotSites sites, PlaywrightCloudSite planningSite)
{
    private int planningSiteTaken;

    public CloudSiteFactory Factory => async (worker, cancellationToken) =>
    {
        if (worker == 0 && Interlocked.Exchange(ref planningSiteTaken, 1) == 0) return planningSite;
        var site = sites.NewCloudSite();
        try
        {
            // Log in now, so that a refused login is the factory's answer (the runner then stops asking).
            await site.OpenAsync(cancellationToken).ConfigureAwait(false);
            return site;
        }
        catch
        {
            await site.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    };
}
