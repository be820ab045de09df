namespace Robot.Domain.Ports;

/// <summary>The Server admin UI, read only.</summary>
public interface IServerSite
{
    /// <summary>Every Incoming Mail Connection on every page of the list, with each field of its Edit panel.</summary>
    /// <param name="progress">Receives short human-readable steps ("page 2", "read Sales POP3"); never a password.</param>
    Task<IReadOnlyList<ServerConnection>> ReadConnectionsAsync(IProgress<string>? progress, CancellationToken cancellationToken);
}
