namespace Robot.Sandbox.Seed;

/// <summary>Structural checks only: the sandbox must be able to show bad Server data, so field values are not judged here.</summary>
internal static class SeedValidator
{
    public static void Validate(SeedFile seed, string source)
    {
        void Fail(string where, string reason) => throw new SeedException($"seed file {source}: {where}: {reason}");

        for (var i = 0; i < seed.Server.Connections.Count; i++)
        {
            var c = seed.Server.Connections[i];
            if (c is null) Fail($"server.connections[{i}]", "is null");
            if (string.IsNullOrWhiteSpace(c!.Protocol)) Fail($"server.connections[{i}] ({c.Name})", "protocol is required");
        }
        for (var i = 0; i < seed.Cloud.Connections.Count; i++)
        {
            var c = seed.Cloud.Connections[i];
            if (c is null || string.IsNullOrWhiteSpace(c.Name)) Fail($"cloud.connections[{i}]", "name is required");
            if (string.IsNullOrWhiteSpace(c!.ServiceProvider)) Fail($"cloud.connections[{i}] ({c.Name})", "serviceProvider is required");
            if (!CloudVocabulary.ServiceProviders.Contains(c.ServiceProvider!)) Fail($"cloud.connections[{i}] ({c.Name})", $"unknown serviceProvider '{c.ServiceProvider}'; expected one of: {string.Join(", ", CloudVocabulary.ServiceProviders)}");
        }
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < seed.Cloud.OAuth2Clients.Count; i++)
        {
            var o = seed.Cloud.OAuth2Clients[i];
            if (o is null || string.IsNullOrWhiteSpace(o.Name)) Fail($"cloud.oauth2Clients[{i}]", "name is required");
            if (CloudVocabulary.NormalizeOAuthProvider(o!.Provider) is null) Fail($"cloud.oauth2Clients[{i}] ({o.Name})", $"unknown provider '{o.Provider}'; expected gmail or microsoft365");
            if (!names.Add(o.Name)) Fail($"cloud.oauth2Clients[{i}]", $"duplicate name '{o.Name}'");
        }
        for (var i = 0; i < seed.Mailboxes.Count; i++)
        {
            var m = seed.Mailboxes[i];
            if (m is null || string.IsNullOrWhiteSpace(m.Username)) Fail($"mailboxes[{i}]", "username is required");
            if (string.IsNullOrEmpty(m!.Password)) Fail($"mailboxes[{i}] ({m.Username})", "password is required");
            if (m.Username.Any(ch => ch is ':' or '\n' or '\r' || char.IsWhiteSpace(ch))) Fail($"mailboxes[{i}]", $"username '{m.Username}' may not hold spaces or colons");
        }
    }
}
