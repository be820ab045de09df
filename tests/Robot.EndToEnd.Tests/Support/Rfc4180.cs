using System.Text;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// A strict RFC 4180 reader written apart from CsvHelper, so a file both read alike is CSV by the standard and not
/// just by one library: records end in CRLF; a field with a quote, comma, CR or LF must be quoted; a quote inside is
/// doubled; every record has as many fields as the header. Anything else throws, naming the place.
/// </summary>
public static class Rfc4180
{
    public static IReadOnlyList<string[]> ReadFile(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return Parse(text, Path.GetFileName(path));
    }

    public static IReadOnlyList<string[]> Parse(string text, string source = "text")
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        void Fail(string why) => throw new FormatException($"{source}: record {records.Count + 1}, offset {i}: {why}");

        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) Fail("a quoted field is not closed");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] is not (',' or '\r')) Fail($"'{text[i]}' after a closing quote");
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r'))
                {
                    if (text[i] is '"' or '\n') Fail($"an unquoted field holds {(text[i] == '"' ? "a quote" : "a line feed")}");
                    field.Append(text[i++]);
                }
            }
            fields.Add(field.ToString());
            field.Clear();
            if (i >= text.Length) Fail("the last record does not end in CRLF");
            if (text[i] == ',') { i++; continue; }
            if (i + 1 >= text.Length || text[i + 1] != '\n') Fail("a CR not followed by LF");
            i += 2;
            if (records.Count > 0 && fields.Count != records[0].Length)
                Fail($"{fields.Count} fields where the header has {records[0].Length}");
            records.Add(fields.ToArray());
            fields.Clear();
        }
        return records;
    }
}
