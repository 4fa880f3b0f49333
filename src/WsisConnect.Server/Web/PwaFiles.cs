using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace WsisConnect.Server.Web;

/// <summary>
/// Serves the PWA from the web root: the brotli or gzip copy the PWA's build wrote beside each file when the browser
/// accepts it, hashed assets (<c>/assets/</c>) cached for a year as immutable, and everything else (index.html, the
/// service worker, the manifest, icons) revalidated on every use, so a new deployment is picked up at once.
/// </summary>
/// <remarks>
/// ASP.NET Core's MapStaticAssets does the same for files known when the project is evaluated; the PWA is generated
/// later in the build (its types come from the built server), so it is not in that manifest, and the copies come
/// from the PWA's own build instead (mobile/build/precompress.ts).
/// </remarks>
public static class PwaFiles
{
    /// <summary>Where the PWA's build puts its hashed files (Vite's <c>assets/[name]-[hash]</c>).</summary>
    public const string HashedPrefix = "/assets/";

    private const string Immutable = "public, max-age=31536000, immutable";
    private const string Revalidate = "no-cache";

    /// <summary>Default files, precompressed copies and static files with their caching, in that order.</summary>
    public static IApplicationBuilder UsePwaFiles(this IApplicationBuilder app)
    {
        var files = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        app.UseDefaultFiles();
        app.Use((context, next) =>
        {
            PickPrecompressed(context, files);
            return next(context);
        });
        return app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new PrecompressedContentTypes(),
            OnPrepareResponse = Prepare,
        });
    }

    /// <summary>Points the request at the best copy the browser accepts (brotli, then gzip), when the build wrote one.</summary>
    private static void PickPrecompressed(HttpContext context, IFileProvider files)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !request.Path.HasValue
            || PrecompressedContentTypes.EncodingOf(request.Path.Value) is not null)
        {
            return;
        }
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        foreach (var (extension, encoding) in PrecompressedContentTypes.Encodings)
        {
            if (Accepts(accepted, encoding) && files.GetFileInfo(request.Path.Value + extension).Exists)
            {
                request.Path = request.Path.Value + extension;
                return;
            }
        }
    }

    private static bool Accepts(IList<StringWithQualityHeaderValue> accepted, string encoding) =>
        accepted.Any(a => (a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) || a.Value == "*") && a.Quality is not 0);

    private static void Prepare(StaticFileResponseContext file)
    {
        var path = file.Context.Request.Path.Value ?? "";
        var headers = file.Context.Response.Headers;
        var encoding = PrecompressedContentTypes.EncodingOf(path);
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }
        if (encoding is not null || PrecompressedContentTypes.Compressible(path))
        {
            headers.Vary = HeaderNames.AcceptEncoding;
        }
        headers.CacheControl = path.StartsWith(HashedPrefix, StringComparison.Ordinal) ? Immutable : Revalidate;
    }
}
