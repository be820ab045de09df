using System.Collections.Concurrent;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Sites.Server;

/// <summary>A row's status colour: green (connected, used by a handler), red (failed), yellow (not used by an enabled handler).</summary>
internal enum Health
{
    Connected,
    Failed,
    NotUsed,
}

/// <summary>
/// What the list shows in the Status column. The Server's mail handlers are not imitated, so a connection starts
/// with a plausible status (red when its protocol, encryption or OAuth credential cannot work, yellow for a few)
/// and then shows the result of its last Test Connection.
/// </summary>
internal sealed class ConnectionHealth(ServerStore store)
{
    private readonly ConcurrentDictionary<int, Health> lastTest = new();

    public Health Of(ServerConnectionRecord c) => lastTest.TryGetValue(c.Id, out var tested) ? tested : Initial(c);

    public void Record(int id, bool success) => lastTest[id] = success ? Health.Connected : Health.Failed;

    private Health Initial(ServerConnectionRecord c)
    {
        if (!ServerVocabulary.Protocols.Contains(c.Protocol) || !ServerVocabulary.Encryptions.Contains(c.Encryption) || c.Host.Length == 0)
            return Health.Failed;
        if (ServerVocabulary.IsOAuth(c.Protocol) && !store.OAuthCredentials.Any(o => o.Name == c.OAuthCredentials))
            return Health.Failed;
        return c.Id % 6 == 0 ? Health.NotUsed : Health.Connected;
    }

    public static (string Text, string CssClass, string Explanation) Describe(Health health) => health switch
    {
        Health.Connected => ("Connected", "status-green", "Connected and used by an enabled mail handler"),
        Health.Failed => ("Failed", "status-red", "The last connection attempt failed; the Protocol Log explains why"),
        _ => ("Not used", "status-yellow", "Not used by an enabled mail handler"),
    };
}
