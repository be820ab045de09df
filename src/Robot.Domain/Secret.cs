using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Robot.Domain;

/// <summary>
/// A password or other credential. It prints as <see cref="SecretText.Mask"/>, refuses to be written by System.Text.Json,
/// and gives its value only through <see cref="Reveal"/>, which is called where the value is typed into a page or used
/// to log in to a mailbox, and by the maskers that must find it to hide it (SecretText.Scrub, SecretSet). The artifact
/// scans stay as the last net behind it.
/// </summary>
[JsonConverter(typeof(SecretJsonConverter))]
[TypeConverter(typeof(SecretTypeConverter))]
public sealed class Secret : IEquatable<Secret>
{
    private readonly string value;

    private Secret(string value) => this.value = value;

    public static Secret Of(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return new Secret(value);
    }

    /// <summary>Null for a missing or empty value, so "no password" stays one thing.</summary>
    public static Secret? OrNull(string? value) => string.IsNullOrEmpty(value) ? null : new Secret(value);

    /// <summary>The value itself: only to type into a page or to log in with, never to print or store.</summary>
    public string Reveal() => value;

    public override string ToString() => SecretText.Mask;

    public bool Equals(Secret? other) => other is not null && string.Equals(value, other.value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Secret other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(value);
}

/// <summary>System.Text.Json never writes a <see cref="Secret"/> (a settings or state file would hold it in clear).</summary>
public sealed class SecretJsonConverter : JsonConverter<Secret>
{
    public override Secret? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("a Secret is never read from JSON: it comes from configuration or a prompt");

    public override void Write(Utf8JsonWriter writer, Secret value, JsonSerializerOptions options) =>
        throw new JsonException("a Secret is never written to JSON");
}

/// <summary>Lets configuration binding turn a setting's text into a <see cref="Secret"/>; never the other way.</summary>
public sealed class SecretTypeConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? Secret.OrNull(text) : base.ConvertFrom(context, culture, value);

    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType) => false;
}
