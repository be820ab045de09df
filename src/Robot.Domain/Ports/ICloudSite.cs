namespace Robot.Domain.Ports;

/// <summary>
/// The Cloud admin UI. Each call starts from a known page and logs in again when the session expired.
/// Faults are reported as <see cref="SystemFaultException"/> (worth retrying) or <see cref="BusinessFaultException"/> (not).
/// An implementation that holds a browser should also be <see cref="IAsyncDisposable"/>; the runner disposes the sites it was given.
/// </summary>
public interface ICloudSite
{
    /// <summary>The connections on Cloud, with their fields (never the password) when the implementation reads them.</summary>
    Task<IReadOnlyList<ExistingCloudConnection>> ListConnectionsAsync(CancellationToken cancellationToken);

    /// <summary>The OAuth2 client settings on Cloud with their Service Provider.</summary>
    Task<IReadOnlyList<CloudOAuth2Client>> ListOAuth2ClientsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Opens Add (or the existing connection's Edit for <see cref="WriteMode.Update"/>), fills every field,
    /// runs Test Connection, then saves when the test passed or <paramref name="saveOnTestFailure"/> is set,
    /// and confirms the saved row. Returns normally for a failed test; throws for faults.
    /// </summary>
    Task<CloudWriteResult> WriteAsync(CloudConnection connection, WriteMode mode, bool saveOnTestFailure, CancellationToken cancellationToken);

    /// <summary>Whether a connection of this name is on Cloud now.</summary>
    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken);
}
