using Robot.Domain.Ports;

namespace Robot.Runner;

/// <summary>Gives worker <paramref name="workerIndex"/> its own Cloud site (a browser page logged in). The runner disposes it.</summary>
public delegate Task<ICloudSite> CloudSiteFactory(int workerIndex, CancellationToken cancellationToken);
