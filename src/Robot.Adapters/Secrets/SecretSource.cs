using System.Text;
using System.Text.Json;
using Robot.Adapters.Configuration;
using Robot.Domain;
using Robot.Domain.Ports;

namespace Robot.Adapters.Secrets;

/// <summary>
/// Passwords the Server withholds, by connection name: first the environment variable
/// ROBOT_SECRET_&lt;NAME&gt; (see <see cref="EnvironmentVariableFor"/>), then a JSON secrets file kept outside the repository
/// ({ "connection name": "password" }).
/// </summary>
public sealed class SecretSource : ISecretSource
{
    public const string EnvironmentPrefix = "ROBOT_SECRET_";

    private readonly IReadOnlyDictionary<string, string> fileSecrets;
    private readonly Func<string, string?> environment;

    public SecretSource(IReadOnlyDictionary<string, string>? fileSecrets = null, Func<string, string?>? environment = null)
    {
        this.fileSecrets = fileSecrets ?? new Dictionary<string, string>();
        this.environment = environment ?? Environment.GetEnvironmentVariable;
    }

    /// <param name="secretsFile">The JSON secrets file, or null for the environment only.</param>
    public static SecretSource Load(string? secretsFile, Func<string, string?>? environment = null) =>
        new(secretsFile is null ? null : ReadFile(secretsFile), environment);

    public Secret? PasswordFor(string connectionName)
    {
        var fromEnvironment = environment(EnvironmentVariableFor(connectionName));
        if (!string.IsNullOrEmpty(fromEnvironment)) return Secret.Of(fromEnvironment);
        if (fileSecrets.TryGetValue(connectionName, out var exact)) return Secret.OrNull(exact);
        var similar = fileSecrets.FirstOrDefault(pair => string.Equals(pair.Key, connectionName, StringComparison.OrdinalIgnoreCase));
        return similar.Key is null ? null : Secret.OrNull(similar.Value);
    }

    /// <summary>
    /// ROBOT_SECRET_ and the name in upper case with every run of other characters than A-Z and 0-9 turned into one
    /// underscore, trimmed: "Sales POP3 (old)" → ROBOT_SECRET_SALES_POP3_OLD.
    /// </summary>
    public static string EnvironmentVariableFor(string connectionName)
    {
        var normalised = new StringBuilder();
        foreach (var c in connectionName.ToUpperInvariant())
        {
            if (c is (>= 'A' and <= 'Z') or (>= '0' and <= '9')) normalised.Append(c);
            else if (normalised.Length > 0 && normalised[^1] != '_') normalised.Append('_');
        }
        return EnvironmentPrefix + normalised.ToString().TrimEnd('_');
    }

    private static Dictionary<string, string> ReadFile(string path)
    {
        path = Path.GetFullPath(path);
        if (!File.Exists(path)) throw new ConfigurationException(path, null, "secrets file not found");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new ConfigurationException(path, null, "must be a JSON object of connection name → password");
            var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith('$')) continue;
                // The value is never quoted back: it is a password.
                if (property.Value.ValueKind != JsonValueKind.String)
                    throw new ConfigurationException(path, property.Name, $"must be a string (the password), not {property.Value.ValueKind}");
                secrets[property.Name] = property.Value.GetString()!;
            }
            return secrets;
        }
        catch (JsonException error)
        {
            throw new ConfigurationException(path, null, $"malformed JSON at line {(error.LineNumber ?? 0) + 1}");
        }
    }
}
