using System.Collections.Concurrent;
using Robot.Domain.Ports;
using Robot.Runner;

namespace Robot.Domain.Tests.Runner;

/// <summary>One write as the fake Cloud sees it; <see cref="Save"/> stores the connection as a real Save would.</summary>
internal sealed record WriteCall(CloudConnection Connection, WriteMode Mode, bool SaveOnTestFailure, int Attempt, FakeCloud Cloud)
{
    public void Save() => Cloud.Store(Connection);
}

/// <summary>An in-memory Cloud shared by every site the runner opens, with a scriptable write behaviour.</summary>
internal sealed class FakeCloud
{
    private readonly ConcurrentDictionary<string, CloudConnection> connections = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.OrdinalIgnoreCase);
    private int sitesOpened;
    private int sitesDisposed;

    /// <summary>What a write does; by default the test passes and the connection is saved.</summary>
    public Func<WriteCall, Task<CloudWriteResult>> Behaviour { get; set; } = call =>
    {
        call.Save();
        return Task.FromResult(new CloudWriteResult(true, "Connection successful", true, "saved"));
    };

    public ConcurrentQueue<string> Calls { get; } = new();

    public int SitesOpened => sitesOpened;

    public int SitesDisposed => sitesDisposed;

    public IReadOnlyCollection<string> Names => connections.Keys.ToList();

    public CloudSiteFactory Factory => (_, _) =>
    {
        Interlocked.Increment(ref sitesOpened);
        return Task.FromResult<ICloudSite>(new Site(this));
    };

    public int WritesOf(string name) => attempts.GetValueOrDefault(name);

    public void Store(CloudConnection connection) => connections[connection.Name] = connection;

    private sealed class Site(FakeCloud cloud) : ICloudSite, IAsyncDisposable
    {
        public Task<IReadOnlyList<ExistingCloudConnection>> ListConnectionsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ExistingCloudConnection>>(cloud.connections.Values.Select(c => new ExistingCloudConnection(c.Name, c)).ToList());

        public Task<IReadOnlyList<CloudOAuth2Client>> ListOAuth2ClientsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<CloudOAuth2Client>>([]);

        public Task<CloudWriteResult> WriteAsync(CloudConnection connection, WriteMode mode, bool saveOnTestFailure, CancellationToken cancellationToken)
        {
            var attempt = cloud.attempts.AddOrUpdate(connection.Name, 1, (_, n) => n + 1);
            cloud.Calls.Enqueue($"write {connection.Name} {mode}");
            return cloud.Behaviour(new WriteCall(connection, mode, saveOnTestFailure, attempt, cloud));
        }

        public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
        {
            cloud.Calls.Enqueue($"exists {name}");
            return Task.FromResult(cloud.connections.ContainsKey(name));
        }

        public ValueTask DisposeAsync()
        {
            Interlocked.Increment(ref cloud.sitesDisposed);
            return ValueTask.CompletedTask;
        }
    }
}
