using System.IO.Compression;
using System.Text;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// Looks for secrets in every file under a folder (CSV, screenshots' bytes and names, anything) and in printed text.
/// A .zip (a Playwright trace) is also read entry by entry, uncompressed, since its compressed bytes hide the text.
/// </summary>
public static class SecretScan
{
    /// <summary>Every file (or zip entry) under <paramref name="folder"/> whose bytes contain one of <paramref name="secrets"/> (UTF-8), with the secret's index.</summary>
    public static IReadOnlyList<string> FilesContaining(string folder, IReadOnlyList<string> secrets)
    {
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (secrets.Any(s => file.Contains(s, StringComparison.Ordinal))) hits.Add($"{file} (in its name)");
            hits.AddRange(Holding(file, File.ReadAllBytes(file), secrets));
            if (file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) hits.AddRange(ZipEntriesContaining(file, secrets));
        }
        return hits;
    }

    /// <summary>Every entry of the zip at <paramref name="archive"/> that holds one of <paramref name="secrets"/>; an unreadable archive is a hit.</summary>
    public static IReadOnlyList<string> ZipEntriesContaining(string archive, IReadOnlyList<string> secrets)
    {
        var hits = new List<string>();
        try
        {
            using var zip = ZipFile.OpenRead(archive);
            foreach (var entry in zip.Entries)
            {
                if (secrets.Any(s => entry.FullName.Contains(s, StringComparison.Ordinal))) hits.Add($"{archive}!{entry.FullName} (in its name)");
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                hits.AddRange(Holding($"{archive}!{entry.FullName}", copy.ToArray(), secrets));
            }
        }
        catch (InvalidDataException error)
        {
            hits.Add($"{archive} could not be read as a zip, so it was not scanned: {error.Message}");
        }
        return hits;
    }

    private static IEnumerable<string> Holding(string where, byte[] bytes, IReadOnlyList<string> secrets)
    {
        for (var i = 0; i < secrets.Count; i++)
        {
            if (bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secrets[i])) >= 0)
                yield return $"{where} holds secret #{i}";
        }
    }

    public static IReadOnlyList<int> TextContaining(string text, IReadOnlyList<string> secrets) =>
        Enumerable.Range(0, secrets.Count).Where(i => text.Contains(secrets[i], StringComparison.Ordinal)).ToList();
}
