namespace Robot.Adapters.Configuration;

/// <summary>A configuration, selector or secrets file that cannot be used; the message names the file, the key and the reason.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string file, string? key, string reason, Exception? innerException = null)
        : base(Compose(file, key, reason), innerException)
    {
        File = file;
        Key = key;
        Reason = reason;
    }

    public string File { get; }

    public string? Key { get; }

    public string Reason { get; }

    private static string Compose(string file, string? key, string reason) =>
        key is null ? $"{file}: {reason}" : $"{file}: key '{key}': {reason}";
}
