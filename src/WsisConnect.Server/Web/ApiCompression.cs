using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using WsisConnect.Contracts.Realtime;

namespace WsisConnect.Server.Web;

/// <summary>
/// Compresses the API's JSON (the agenda alone is about 200 KB) with brotli or gzip when the browser asks. Not the
/// live hub: its negotiation is tiny and its transports carry their own framing; static files come precompressed.
/// </summary>
public static class ApiCompression
{
    private static readonly string[] JsonTypes = ["application/json", "application/problem+json"];

    /// <summary>Adds brotli and gzip for JSON, at their fastest level: a busy node spends little CPU on it.</summary>
    public static WebApplicationBuilder AddWsisApiCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(o =>
        {
            // Behind TLS too (BREACH needs a page of the attacker's to send the victim's credentials along): the API is
            // signed into with bearer tokens the browser never attaches by itself, not cookies.
            o.EnableForHttps = true;
            o.MimeTypes = JsonTypes;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>Compresses every response but the hub's.</summary>
    public static IApplicationBuilder UseWsisApiCompression(this IApplicationBuilder app) =>
        app.UseWhen(c => !c.Request.Path.StartsWithSegments(LiveHubPath.Path), a => a.UseResponseCompression());
}
