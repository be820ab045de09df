using System.Collections;
using System.Reflection;

namespace Robot.Adapters.Configuration;

/// <summary>
/// The ROBOT_* variables of an environment given as a function (the process's, or one a caller made for one run), as
/// configuration keys: ROBOT_Server__Password becomes Server:Password. The names asked for are the process's ROBOT_*
/// variables and every scalar setting of <typeparamref name="TSettings"/>, so a variable the function alone knows is read.
/// </summary>
internal static class EnvironmentSettings<TSettings>
{
    private static readonly IReadOnlyList<string> SettingKeys = ScalarKeys(typeof(TSettings), "").ToList();

    public static IEnumerable<KeyValuePair<string, string?>> Read(Func<string, string?> environment, string prefix)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string name && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) names.Add(name);
        }
        foreach (var key in SettingKeys) names.Add(prefix + key.Replace(":", "__", StringComparison.Ordinal));
        foreach (var name in names)
        {
            if (environment(name) is { } value)
                yield return new(name[prefix.Length..].Replace("__", ":", StringComparison.Ordinal), value);
        }
    }

    private static IEnumerable<string> ScalarKeys(Type type, string path)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true }) continue;
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var key = path + property.Name;
            if (propertyType == typeof(string) || propertyType.IsPrimitive || propertyType.IsEnum) yield return key;
            else if (typeof(IEnumerable).IsAssignableFrom(propertyType)) continue;
            else if (propertyType.IsClass)
            {
                foreach (var inner in ScalarKeys(propertyType, key + ":")) yield return inner;
            }
        }
    }
}
