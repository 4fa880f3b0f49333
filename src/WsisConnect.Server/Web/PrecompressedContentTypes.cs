using Microsoft.AspNetCore.StaticFiles;

namespace WsisConnect.Server.Web;

/// <summary>
/// The content type of a file served from its precompressed copy: that of the original (<c>app.js.br</c> is
/// JavaScript, sent with <c>Content-Encoding: br</c>), so the browser never sees the copy as a file of its own.
/// </summary>
public sealed class PrecompressedContentTypes : IContentTypeProvider
{
    /// <summary>The copies the PWA's build writes, best first, with the encoding each stands for.</summary>
    public static readonly IReadOnlyList<(string Extension, string Encoding)> Encodings = [(".br", "br"), (".gz", "gzip")];

    private static readonly string[] CompressibleExtensions = [".js", ".mjs", ".css", ".html", ".svg", ".json", ".webmanifest", ".txt", ".map"];

    private readonly FileExtensionContentTypeProvider _types = new();

    /// <summary>The encoding of a path that names a precompressed copy, else null.</summary>
    public static string? EncodingOf(string path)
    {
        foreach (var (extension, encoding) in Encodings)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return encoding;
            }
        }
        return null;
    }

    /// <summary>Whether the build may have written compressed copies of this file (their response varies by encoding).</summary>
    public static bool Compressible(string path) =>
        CompressibleExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public bool TryGetContentType(string subpath, out string contentType)
    {
        var encoding = EncodingOf(subpath);
        var original = encoding is null ? subpath : subpath[..subpath.LastIndexOf('.')];
        return _types.TryGetContentType(original, out contentType!);
    }
}
