using System.Globalization;
using Robot.Sandbox.State;

namespace Robot.Sandbox.Sites.Cloud;

/// <summary>A form that passed every check, with its values in their stored types.</summary>
internal sealed record ValidConnection(
    string Name, string Description, string ServiceProvider, string Encryption, string Host, int? Port,
    string Username, string Password, int? Timeout, string OAuth2Credentials, string Folder = "")
{
    public bool IsOAuth => CloudVocabulary.IsOAuth(ServiceProvider);
}

/// <summary>
/// The Cloud app's server-side checks of the Add / Edit panel (the browser checks nothing, so a robot sees
/// the same messages a person does): Name required, Host and Username too for the General services; Name at most 255 characters and
/// Description at most 1000 (refused, never cut short); Port 1-65535 or blank (the default); Timeout 1-60000 ms or blank; Service Provider and Encryption from <see cref="CloudVocabulary"/>; for the
/// OAuth2 providers an existing OAuth2 client of that provider.
/// </summary>
internal static class CloudConnectionForm
{
    public const int MinPort = 1, MaxPort = 65535, MinTimeoutMs = 1, MaxTimeoutMs = 60_000;

    /// <summary>Longest Name and Description the Cloud stores, in characters as JavaScript counts them (UTF-16 code units).</summary>
    public const int MaxNameLength = 255, MaxDescriptionLength = 1000;

    public static string TooLong(string field, int max, int length) =>
        $"{field} must be at most {max} characters (this one has {length}).";

    public static string DuplicateName(string name) => $"A connection named '{name}' already exists.";

    /// <summary>Checks a form. With <paramref name="forTest"/> the Name is not required (Test Connection needs no name).</summary>
    public static (ValidConnection? Connection, IReadOnlyList<FieldError> Errors) Validate(
        ConnectionInput input, IReadOnlyList<OAuthClientRecord> clients, bool forTest = false)
    {
        var errors = new List<FieldError>();
        var name = (input.Name ?? "").Trim();
        var provider = (input.ServiceProvider ?? "").Trim();
        var encryption = (input.Encryption ?? "").Trim();
        var host = (input.Host ?? "").Trim();
        var username = (input.Username ?? "").Trim();
        var oauth = (input.OAuth2Credentials ?? "").Trim();

        if (!forTest && name.Length == 0) errors.Add(new("name", "Name is required."));
        // Test Connection uses neither, so only Save refuses them.
        if (!forTest && name.Length > MaxNameLength) errors.Add(new("name", TooLong("Name", MaxNameLength, name.Length)));
        var description = input.Description ?? "";
        if (!forTest && description.Length > MaxDescriptionLength)
            errors.Add(new("description", TooLong("Description", MaxDescriptionLength, description.Length)));
        if (provider.Length == 0) errors.Add(new("serviceProvider", "Service Provider is required."));
        else if (!CloudVocabulary.ServiceProviders.Contains(provider))
            errors.Add(new("serviceProvider", $"Service Provider '{provider}' is not one of: {string.Join(", ", CloudVocabulary.ServiceProviders)}."));
        if (encryption.Length == 0) encryption = "None";
        if (!CloudVocabulary.Encryptions.Contains(encryption))
            errors.Add(new("encryption", $"Encryption '{encryption}' is not one of: {string.Join(", ", CloudVocabulary.Encryptions)}."));
        // An OAuth2 provider fixes its own host and learns the mailbox when a person authorises it, so app versions that
        // hide Host and Username for those providers (the alt skin) can save without them.
        var needsMailbox = !CloudVocabulary.IsOAuth(provider);
        if (host.Length == 0 && needsMailbox) errors.Add(new("host", "Host is required."));
        if (!TryNumber(input.Port, MinPort, MaxPort, out var port))
            errors.Add(new("port", $"Port must be a whole number from {MinPort} to {MaxPort}."));
        if (username.Length == 0 && needsMailbox) errors.Add(new("username", "Username is required."));
        if (!TryNumber(input.Timeout, MinTimeoutMs, MaxTimeoutMs, out var timeout))
            errors.Add(new("timeout", $"Timeout must be a whole number of milliseconds from {MinTimeoutMs} to {MaxTimeoutMs}."));

        var isOAuth = CloudVocabulary.IsOAuth(provider);
        if (isOAuth)
        {
            if (!clients.Any(c => c.Provider == provider))
                errors.Add(new("oauth2Credentials", "No OAuth2 Client settings found. Migrate your OAuth2 credentials first."));
            else if (oauth.Length == 0)
                errors.Add(new("oauth2Credentials", $"OAuth2 Credentials are required for {provider}."));
            else if (FindClient(clients, provider, oauth) is null)
                errors.Add(new("oauth2Credentials", $"OAuth2 Credentials '{oauth}' do not exist for {provider}."));
        }

        if (errors.Count > 0) return (null, errors);
        return (new ValidConnection(
            name, description, provider, encryption, host, port, username,
            isOAuth ? "" : input.Password ?? "", timeout,
            isOAuth ? FindClient(clients, provider, oauth)!.Name : "", (input.Folder ?? "").Trim()), errors);
    }

    /// <summary>A stored connection that would not pass the panel's checks (e.g. one brought over by an automatic migration).</summary>
    public static bool NeedsCorrection(CloudConnectionRecord r, IReadOnlyList<OAuthClientRecord> clients)
    {
        var (valid, _) = Validate(new ConnectionInput
        {
            Name = r.Name, ServiceProvider = r.ServiceProvider, Encryption = r.Encryption, Host = r.Host,
            Port = r.Port?.ToString(CultureInfo.InvariantCulture), Username = r.Username,
            Timeout = r.Timeout?.ToString(CultureInfo.InvariantCulture), OAuth2Credentials = r.OAuth2Credentials,
        }, clients);
        return valid is null;
    }

    public static OAuthClientRecord? FindClient(IReadOnlyList<OAuthClientRecord> clients, string provider, string name) =>
        clients.FirstOrDefault(c => c.Provider == provider && string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Blank is fine (null: the default); otherwise a whole number within the range.</summary>
    private static bool TryNumber(string? raw, int min, int max, out int? value)
    {
        value = null;
        var text = (raw ?? "").Trim();
        if (text.Length == 0) return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max) return false;
        value = number;
        return true;
    }
}
