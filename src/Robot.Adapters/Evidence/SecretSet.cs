using System.Collections;
using System.Collections.Concurrent;
using Robot.Domain;

namespace Robot.Adapters.Evidence;

/// <summary>
/// Every secret a run has come to know (site logins first, then each connection's password once it is read), for the
/// maskers of traces and logs. It grows while the run goes on: a trace is masked with what is known when it is kept,
/// so a page that still shows another connection's password (a panel left open by a fault) is masked too.
/// </summary>
public sealed class SecretSet : IEnumerable<string?>
{
    private readonly ConcurrentDictionary<string, byte> secrets = new(StringComparer.Ordinal);

    public SecretSet(IEnumerable<string?> first) => Add(first);

    public void Add(IEnumerable<string?> more)
    {
        foreach (var secret in more)
            if (!string.IsNullOrEmpty(secret)) secrets.TryAdd(secret, 0);
    }

    /// <summary>Connection passwords: their values are what the maskers look for.</summary>
    public void Add(IEnumerable<Secret?> more) => Add(more.Select(secret => secret?.Reveal()));

    public IEnumerator<string?> GetEnumerator() => secrets.Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
