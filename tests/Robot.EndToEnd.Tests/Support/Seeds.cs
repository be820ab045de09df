using System.Text.Json.Nodes;
using Robot.Sandbox.Seed;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>Variants of the sandbox's default seed, written to a temporary file for SandboxOptions.SeedPath.</summary>
public static class Seeds
{
    public static JsonObject Default() => JsonNode.Parse(SeedLoader.ReadText(null))!.AsObject();

    public static string Write(JsonObject seed, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"robot-e2e-seed-{name}-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, seed.ToJsonString());
        return path;
    }

    public static JsonArray CloudConnections(JsonObject seed) => seed["cloud"]!["connections"]!.AsArray();

    public static JsonArray CloudOAuthClients(JsonObject seed) => seed["cloud"]!["oauth2Clients"]!.AsArray();
}
