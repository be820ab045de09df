using System.Globalization;
using Robot.Domain.Fields;

namespace Robot.Domain.Kinds;

/// <summary>
/// Every field of an Incoming Mail Connection, once, in the order the Server's Edit panel shows them. Adding a field
/// is one entry here plus its selector keys in selectors/*.json. The mapping of values between the sites is
/// <see cref="ConnectionMapper"/>'s; a Server field without a Cloud key is reported as not carried.
/// </summary>
public static class IncomingMailFields
{
    public const string Password = "Password";
    public const string OAuthCredentials = "OAuth Credentials";
    public const string OAuth2Credentials = "OAuth2 Credentials";
    public const string ServiceProvider = "Service Provider";
    public const string AfterDownload = "After download";
    public const string SharedMailboxAlias = "Shared mailbox alias";

    public static IReadOnlyList<FieldDescriptor<ServerConnection, CloudConnection>> All { get; } =
    [
        new()
        {
            ServerName = "Name", CloudName = "Name", ServerKey = "editPanel.name", CloudKey = "panel.name",
            ServerValue = s => s.Name, CloudValue = c => c.Name, Comparison = FieldComparison.Exact, Identity = true,
        },
        new()
        {
            ServerName = "Description", CloudName = "Description", ServerKey = "editPanel.description", CloudKey = "panel.description",
            ServerValue = s => s.Description, CloudValue = c => c.Description, Comparison = FieldComparison.Exact,
        },
        new()
        {
            ServerName = "Protocol", CloudName = ServiceProvider, ServerKey = "editPanel.protocol", CloudKey = "panel.serviceProvider",
            Control = FieldControl.Dropdown, DecidesShownFields = true, DifferentWordsOnPurpose = true,
            ServerValue = s => s.Protocol, CloudValue = c => c.ServiceProvider, Comparison = FieldComparison.IgnoreCase,
        },
        new()
        {
            ServerName = "Encryption", CloudName = "Encryption", ServerKey = "editPanel.encryption", CloudKey = "panel.encryption",
            Control = FieldControl.Dropdown,
            ServerValue = s => s.Encryption, CloudValue = c => c.Encryption, Comparison = FieldComparison.IgnoreCase,
        },
        new()
        {
            ServerName = "Host", CloudName = "Host", ServerKey = "editPanel.host", CloudKey = "panel.host",
            ServerValue = s => s.Host, CloudValue = c => c.Host, Comparison = FieldComparison.IgnoreCase,
        },
        new()
        {
            ServerName = "Username", CloudName = "Username", ServerKey = "editPanel.username", CloudKey = "panel.username",
            ServerValue = s => s.Username, CloudValue = c => c.Username, Comparison = FieldComparison.Exact,
        },
        new()
        {
            ServerName = Password, CloudName = Password, ServerKey = "editPanel.password", CloudKey = "panel.password",
            Control = FieldControl.Secret, ServerValue = s => SecretText.Shown(s.Password), CloudValue = c => SecretText.Shown(c.Password),
            SecretValue = c => c.Password,
            AppliesTo = c => c.OAuth2Credentials is null, NotUsedText = "(not used with OAuth2)",
        },
        new()
        {
            ServerName = "Port", CloudName = "Port", ServerKey = "editPanel.port", CloudKey = "panel.port", Control = FieldControl.Number,
            ServerValue = s => s.Port, CloudValue = c => Number(c.Port), Comparison = FieldComparison.Exact,
        },
        new()
        {
            ServerName = "Timeout", CloudName = "Timeout", ServerKey = "editPanel.timeout", CloudKey = "panel.timeout", Control = FieldControl.Number,
            ServerValue = s => s.Timeout, CloudValue = c => Number(c.Timeout), Comparison = FieldComparison.Exact,
        },
        new()
        {
            ServerName = OAuthCredentials, CloudName = OAuth2Credentials, ServerKey = "editPanel.oauthCredentials", CloudKey = "panel.oauth2Credentials",
            Control = FieldControl.Dropdown, AppliesTo = c => c.OAuth2Credentials is not null,
            NoChoicesKey = "panel.noOAuth2Clients",
            NoChoicesReason = c => $"the Cloud has no OAuth2 client settings for {c.ServiceProvider}: the OAuth2 credentials must be migrated first",
            ServerValue = s => s.OAuthCredentials, CloudValue = c => c.OAuth2Credentials, Comparison = FieldComparison.Exact,
        },
        // The Server's fields beyond the guide's nine: each written where the Cloud's panel shows a field of its label,
        // otherwise named in not_carried when not at its default.
        Other("Interval", "interval", FieldControl.Number, defaultValue: "1", unit: "min"), // minutes, 1-60
        Other("Folder", "folder", FieldControl.Text, defaultValue: "INBOX"), // blank is the Inbox
        Other(AfterDownload, "afterDownload", FieldControl.Dropdown, defaultValue: "Mark as read"),
        Other(SharedMailboxAlias, "sharedMailboxAlias", FieldControl.Text, defaultValue: null), // shown once "Use a shared mailbox" is on
    ];

    /// <summary>A Server field a Cloud may or may not have, of the same label on both (selector keys editPanel.KEY and panel.KEY).</summary>
    private static FieldDescriptor<ServerConnection, CloudConnection> Other(string label, string key, FieldControl control, string? defaultValue,
        string? unit = null) => new()
    {
        ServerName = label, CloudName = label, ServerKey = "editPanel." + key, ServerOptional = true,
        CloudKey = "panel." + key, CloudOptional = true, Control = control,
        ServerValue = s => s.Other(label), CloudValue = c => c.Others.Shown(label),
        Comparison = control == FieldControl.Dropdown ? FieldComparison.IgnoreCase : FieldComparison.Exact,
        // Not on the report's field pairs: what did not reach the Cloud is the card's not_carried line.
        DefaultValue = defaultValue, Unit = unit, Outputs = FieldOutputs.Evidence,
    };

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
