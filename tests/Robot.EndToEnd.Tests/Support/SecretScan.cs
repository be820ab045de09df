using System.IO.Compression;
using System.Text;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>
/// Looks for secrets in every file under a folder (CSV, logs, reports, screenshots' bytes and names, anything) and in
/// printed text, in every spelling <see cref="SecretSpellings"/> knows. A .zip (a Playwright trace) is also read entry
/// by entry, uncompressed, since its compressed bytes hide the text. A hit names the file, the secret's index and the spelling.
/// </summary>
public static class SecretScan
{
    /// <summary>Every file (or zip entry) under <paramref name="folder"/> that holds one of <paramref name="secrets"/>.</summary>
    public static IReadOnlyList<string> FilesContaining(string folder, IReadOnlyList<string> secrets, DateTime? writtenSinceUtc = null)
    {
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (writtenSinceUtc is { } since && File.GetLastWriteTimeUtc(file) < since) continue;
            byte[] bytes;
            try { bytes = File.ReadAllBytes(file); }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                if (File.Exists(file)) hits.Add($"{file} could not be read, so it was not scanned: {error.Message}");
                continue;
            }
            hits.AddRange(Holding(file + " (its name)", Encoding.UTF8.GetBytes(Path.GetFileName(file)), secrets));
            hits.AddRange(Holding(file, bytes, secrets));
            if (IsZip(bytes)) hits.AddRange(ZipEntriesContaining(file, secrets));
        }
        return hits;
    }

    /// <summary>
    /// Every file written since <paramref name="sinceUtc"/> in Playwright's temporary artifact folders
    /// (<c>$TMPDIR/playwright-artifacts-*</c>: trace chunks and resources live there until the browser closes, and a
    /// SIGKILL leaves them behind) that holds one of <paramref name="secrets"/>.
    /// </summary>
    public static IReadOnlyList<string> PlaywrightTempFilesContaining(IReadOnlyList<string> secrets, DateTime sinceUtc)
    {
        var temp = Environment.GetEnvironmentVariable("TMPDIR") is { Length: > 0 } set ? set : "/tmp";
        return Directory.EnumerateDirectories(temp, "playwright-artifacts-*")
            .SelectMany(folder =>
            {
                try { return FilesContaining(folder, secrets, sinceUtc); }
                catch (DirectoryNotFoundException) { return []; } // removed by its browser as we looked
            })
            .ToList();
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
                hits.AddRange(Holding($"{archive}!{entry.FullName} (its name)", Encoding.UTF8.GetBytes(entry.FullName), secrets));
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

    /// <summary>The indexes of <paramref name="secrets"/> that <paramref name="text"/> holds in any spelling.</summary>
    public static IReadOnlyList<int> TextContaining(string text, IReadOnlyList<string> secrets) =>
        Found(Encoding.UTF8.GetBytes(text), secrets).Select(found => found.Index).ToList();

    /// <summary>"WHERE holds secret #i (spelling)" for each secret found in <paramref name="bytes"/>.</summary>
    public static IEnumerable<string> Holding(string where, byte[] bytes, IReadOnlyList<string> secrets) =>
        Found(bytes, secrets).Select(found => $"{where} holds secret #{found.Index} ({found.Spelling})");

    /// <summary>Each secret found in <paramref name="bytes"/>, with the first spelling it was found in.</summary>
    public static IEnumerable<(int Index, string Spelling)> Found(byte[] bytes, IReadOnlyList<string> secrets)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var decodings = SecretSpellings.Decodings(text).ToList();
        for (var i = 0; i < secrets.Count; i++)
        {
            if (secrets[i].Length == 0) continue;
            var spelling = decodings.FirstOrDefault(d => d.Text.Contains(secrets[i], StringComparison.Ordinal)).Layers
                ?? SecretSpellings.ByteSpellings(secrets[i]).FirstOrDefault(s => bytes.AsSpan().IndexOf(s.Bytes) >= 0).Name;
            if (spelling is not null) yield return (i, spelling);
        }
    }

    private static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
}
