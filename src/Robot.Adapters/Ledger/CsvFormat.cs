using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Robot.Adapters.Ledger;

/// <summary>The one CSV dialect of every file the robot writes: RFC 4180, invariant culture, UTF-8 with a BOM so spreadsheets read non-Latin text right.</summary>
internal static class CsvFormat
{
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        // NewLine stays unset on purpose: then any \r or \n in a value is quoted, and reading accepts \r\n, \n and \r.
        // Values must read back exactly as written, so no formula escaping that would add characters.
        InjectionOptions = InjectionOptions.None,
    };

    /// <summary>Writes a whole file through a temporary one, so a crash never leaves half a file behind.</summary>
    public static void WriteAll<T>(string path, IEnumerable<T> records)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, Encoding))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            csv.WriteRecords(records);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
