using System.Globalization;

namespace Robot.Domain.Verification;

/// <summary>
/// The Cloud panel's fields that verify compares, in the panel's order, with how each is read and compared.
/// Texts are trimmed; wordings the Cloud may case differently (provider, encryption, host) ignore case.
/// </summary>
internal static class VerifiedFields
{
    public sealed record Field(string Label, Func<CloudConnection, string> ValueOf, StringComparison Comparison);

    public static IReadOnlyList<Field> All { get; } =
    [
        new("Name", c => c.Name, StringComparison.Ordinal),
        new("Description", c => c.Description, StringComparison.Ordinal),
        new("Service Provider", c => c.ServiceProvider, StringComparison.OrdinalIgnoreCase),
        new("Encryption", c => c.Encryption, StringComparison.OrdinalIgnoreCase),
        new("Host", c => c.Host, StringComparison.OrdinalIgnoreCase),
        new("Port", c => Number(c.Port), StringComparison.Ordinal),
        new("Username", c => c.Username, StringComparison.Ordinal),
        new("Timeout", c => Number(c.Timeout), StringComparison.Ordinal),
        new("OAuth2 Credentials", c => c.OAuth2Credentials ?? "", StringComparison.Ordinal),
    ];

    public const string Password = "Password";

    public static string Text(string? value) => (value ?? "").Trim();

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
