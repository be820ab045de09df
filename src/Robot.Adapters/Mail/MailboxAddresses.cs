using MimeKit;
using Robot.Domain;

namespace Robot.Adapters.Mail;

/// <summary>
/// The address a test email for a connection goes to: MailCheck:Addresses by connection name, then by username, then the
/// username itself when it is an address; null when none is known.
/// </summary>
internal sealed class MailboxAddresses(IReadOnlyDictionary<string, string> mapping)
{
    private readonly Dictionary<string, string> byKey = new(
        mapping.Select(pair => KeyValuePair.Create(pair.Key.Trim(), pair.Value.Trim())), StringComparer.OrdinalIgnoreCase);

    public string? For(ServerConnection server)
    {
        if (byKey.TryGetValue(server.Name.Trim(), out var byName)) return byName;
        var username = server.Username.Trim();
        if (byKey.TryGetValue(username, out var byUsername)) return byUsername;
        return username.Contains('@') && MailboxAddress.TryParse(username, out var parsed) && parsed.Address.Contains('@')
            ? parsed.Address
            : null;
    }
}
