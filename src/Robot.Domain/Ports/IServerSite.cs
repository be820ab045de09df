namespace Robot.Domain.Ports;

/// <summary>The Server admin UI, read only.</summary>
public interface IServerSite
{
    /// <summary>Every Incoming Mail Connection on every page of the list, with each field of its Edit panel.</summary>
    /// <param name="progress">Receives each list page seen and each connection read; never a password.</param>
    Task<IReadOnlyList<ServerConnection>> ReadConnectionsAsync(IProgress<ServerReadProgress>? progress, CancellationToken cancellationToken);
}
