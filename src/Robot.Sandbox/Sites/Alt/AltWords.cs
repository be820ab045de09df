using System.Text.Json;

namespace Robot.Sandbox.Sites.Alt;

/// <summary>
/// The alt skin's wording. Where the vendor's guide names a thing (Incoming Mail Connections, Edit, Add, Test Connection,
/// Save, the Service Providers), the words are the guide's; elsewhere this app version says it its own way. The stores
/// keep the canonical values; only what a person sees changes: Encryption on each side, and the OAuth Protocols.
/// With legacy labels, older versions' "Mail Accounts" replace "Incoming Mail Connections".
/// </summary>
internal sealed class AltWords(bool legacy)
{
    public bool Legacy => legacy;

    /// <summary>The Server's sidebar link and list heading.</summary>
    public string ServerConnections => legacy ? "Mail accounts" : "Incoming Mail Connections";

    /// <summary>The Cloud's sidebar link and list heading.</summary>
    public string CloudConnections => legacy ? "Mail Accounts" : "Incoming Mail Connections";

    public string EditTitle => legacy ? "Edit Mail Account" : "Edit Incoming Mail Connection";

    public string AddTitle => legacy ? "Add Mail Account" : "Add Incoming Mail Connection";

    public string Thing => legacy ? "mail account" : "incoming mail connection";

    /// <summary>What the Server's list says when no row matches.</summary>
    public string EmptyList => legacy ? "No mail accounts match." : "No incoming mail connections match.";

    /// <summary>Server store value → what the alt Server shows ("TLS" is a plain connection upgraded with STARTTLS).</summary>
    public static readonly IReadOnlyDictionary<string, string> ServerEncryption = new Dictionary<string, string>
    {
        ["No Encryption"] = "None",
        ["SSL/TLS"] = "SSL",
        ["STARTTLS"] = "TLS",
    };

    /// <summary>Server store value → what the alt Server shows for the Protocol.</summary>
    public static readonly IReadOnlyDictionary<string, string> ServerProtocols = new Dictionary<string, string>
    {
        ["IMAP"] = "IMAP",
        ["POP3"] = "POP3",
        ["IMAP with OAuth Credentials"] = "IMAP (OAuth Credentials)",
        ["POP3 with OAuth Credentials"] = "POP3 (OAuth Credentials)",
    };

    /// <summary>Cloud API value → what the alt Cloud shows.</summary>
    public static readonly IReadOnlyDictionary<string, string> CloudEncryption = new Dictionary<string, string>
    {
        ["None"] = "No encryption",
        ["SSL/TLS"] = "SSL/TLS (implicit)",
        ["STARTTLS"] = "STARTTLS (explicit)",
    };

    /// <summary>What the pages' scripts need, as JSON for a data- attribute (one description of the words).</summary>
    public string ServerJson() => JsonSerializer.Serialize(new
    {
        encryptions = ServerEncryption,
        protocols = ServerProtocols,
        editTitle = EditTitle,
        thing = Thing,
    });

    public string CloudJson() => JsonSerializer.Serialize(new
    {
        serviceProviders = CloudVocabulary.ServiceProviders,
        oauthProviders = CloudVocabulary.ServiceProviders.Where(CloudVocabulary.IsOAuth),
        encryptions = CloudEncryption,
        connections = CloudConnections,
        addTitle = AddTitle,
        editTitle = EditTitle,
        thing = Thing,
    });
}
