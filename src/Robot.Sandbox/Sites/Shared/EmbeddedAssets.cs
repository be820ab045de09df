using System.Reflection;

namespace Robot.Sandbox.Sites.Shared;

/// <summary>Serves the files under Assets/ (compiled into the assembly, so tests need no content root).</summary>
public static class EmbeddedAssets
{
    private static readonly Assembly Assembly = typeof(EmbeddedAssets).Assembly;

    public static string ReadText(string relativePath)
    {
        using var stream = Assembly.GetManifestResourceStream("Robot.Sandbox.Assets." + relativePath)
            ?? throw new FileNotFoundException($"embedded asset {relativePath} not found");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>GET /assets/{**path} from Assets/.</summary>
    public static IEndpointRouteBuilder MapEmbeddedAssets(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/assets/{**path}", (string path) =>
        {
            var stream = Assembly.GetManifestResourceStream("Robot.Sandbox.Assets." + path);
            return stream is null ? Results.NotFound() : Results.Stream(stream, ContentTypeOf(path));
        });
        return routes;
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
