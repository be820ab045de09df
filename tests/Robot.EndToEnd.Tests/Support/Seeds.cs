using System.Text.Json.Nodes;
using Robot.Sandbox.Seed;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>Variants of the sandbox's default seed, written to a temporary file for SandboxOptions.SeedPath.</summary>
public static class Seeds
{
    public static JsonObject Default() => JsonNode.Parse(SeedLoader.ReadText(null))!.AsObject();

    /// <summary>The default seed with only the named Server connections (in the seed's order); the rest of it as it is.</summary>
    public static JsonObject DefaultWithServer(IReadOnlyCollection<string> names)
    {
        var seed = Default();
        var connections = seed["server"]!["connections"]!.AsArray();
        foreach (var connection in connections.Where(c => !names.Contains((string)c!["name"]!)).ToList()) connections.Remove(connection);
        if (connections.Count != names.Count) throw new ArgumentException("not every name is a Server connection of the default seed", nameof(names));
        return seed;
    }

    public static string Write(JsonObject seed, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"robot-e2e-seed-{name}-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, seed.ToJsonString());
        return path;
    }

    public static JsonArray CloudConnections(JsonObject seed) => seed["cloud"]!["connections"]!.AsArray();

    public static JsonArray CloudOAuthClients(JsonObject seed) => seed["cloud"]!["oauth2Clients"]!.AsArray();
}
