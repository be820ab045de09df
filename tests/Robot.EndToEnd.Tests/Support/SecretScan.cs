using System.Text;

namespace Robot.EndToEnd.Tests.Support;

/// <summary>Looks for secrets in every file under a folder (CSV, screenshots' names, anything) and in printed text.</summary>
public static class SecretScan
{
    /// <summary>Every file under <paramref name="folder"/> whose bytes contain one of <paramref name="secrets"/> (UTF-8), with the secret's index.</summary>
    public static IReadOnlyList<string> FilesContaining(string folder, IReadOnlyList<string> secrets)
    {
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            if (secrets.Any(s => file.Contains(s, StringComparison.Ordinal))) hits.Add($"{file} (in its name)");
            var bytes = File.ReadAllBytes(file);
            for (var i = 0; i < secrets.Count; i++)
            {
                if (bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secrets[i])) >= 0)
                    hits.Add($"{file} holds secret #{i}");
            }
        }
        return hits;
    }

    public static IReadOnlyList<int> TextContaining(string text, IReadOnlyList<string> secrets) =>
        Enumerable.Range(0, secrets.Count).Where(i => text.Contains(secrets[i], StringComparison.Ordinal)).ToList();
}
