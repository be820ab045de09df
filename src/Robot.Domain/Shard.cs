using System.Globalization;
using System.Text;

namespace Robot.Domain;

/// <summary>
/// Share <see cref="Index"/> of <see cref="Count"/> (--shard K/N): a connection belongs to exactly one share, decided
/// by a stable hash of its case-folded name, so N machines can each take one share and together cover every connection.
/// The hash (FNV-1a over UTF-8) is the same on every machine and every run, unlike string.GetHashCode.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The whole estate: one share of one.</summary>
    public static Shard All { get; } = new(1, 1);

    public bool IsAll => Count == 1;

    /// <summary>Whether the connection of this name is in this share.</summary>
    public bool Contains(string name) => Count == 1 || Of(name, Count) == Index;

    /// <summary>Which share (1..<paramref name="count"/>) a name falls in.</summary>
    public static int Of(string name, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(name.ToLowerInvariant()))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return (int)(hash % (uint)count) + 1;
    }

    /// <summary>Reads "K/N" with 1 ≤ K ≤ N; null and a reason when it is not that.</summary>
    public static Shard? TryParse(string? text, out string error)
    {
        error = "";
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"--shard must be K/N (for example 1/3), not '{text}'";
            return null;
        }
        if (count < 1 || index < 1 || index > count)
        {
            error = $"--shard K/N needs 1 <= K <= N, not {index}/{count}";
            return null;
        }
        return new Shard(index, count);
    }

    public override string ToString() => $"{Index}/{Count}";
}
