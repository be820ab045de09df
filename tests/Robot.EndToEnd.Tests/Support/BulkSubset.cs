using System.Text.Json.Nodes;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>Some of a <see cref="BulkSeed"/>'s connections, by their 1-based number, for a run that needs every outcome but not every row.</summary>
public static class BulkSubset
{
    public static (JsonObject Seed, IReadOnlyList<SeededConnection> Expected) Of(
        (JsonObject Seed, IReadOnlyList<SeededConnection> Expected) bulk, IReadOnlyCollection<int> numbers)
    {
        var connections = bulk.Seed["server"]!["connections"]!.AsArray();
        for (var index = connections.Count - 1; index >= 0; index--)
            if (!numbers.Contains(index + 1)) connections.RemoveAt(index);
        var expected = bulk.Expected.Where((_, index) => numbers.Contains(index + 1)).ToList();
        if (expected.Count != numbers.Count) throw new ArgumentException("not every number is one of the bulk seed's connections", nameof(numbers));
        return (bulk.Seed, expected);
    }
}
