using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Robot.Adapters.Configuration;

/// <summary>Finds keys in a configuration file that no settings property reads, so a typo is refused instead of ignored.</summary>
internal static class UnknownKeys
{
    /// <summary>Keys starting with $ (such as "$comment") are notes for people and always allowed.</summary>
    public static IReadOnlyList<string> Find(IConfiguration configuration, Type settingsType)
    {
        var unknown = new List<string>();
        Walk(configuration.GetChildren(), settingsType, unknown);
        return unknown;
    }

    private static void Walk(IEnumerable<IConfigurationSection> sections, Type type, List<string> unknown)
    {
        foreach (var section in sections)
        {
            if (section.Key.StartsWith('$')) continue;
            var property = type.GetProperty(section.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property?.SetMethod is not { IsPublic: true })
            {
                unknown.Add(section.Path);
                continue;
            }
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(string) || propertyType.IsPrimitive || typeof(IEnumerable).IsAssignableFrom(propertyType))
                continue;
            if (propertyType.IsClass) Walk(section.GetChildren(), propertyType, unknown);
        }
    }
}
