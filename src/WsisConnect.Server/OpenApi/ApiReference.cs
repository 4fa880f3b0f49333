using Scalar.AspNetCore;
using WsisConnect.Server.Security;

namespace WsisConnect.Server.OpenApi;

/// <summary>
/// The API reference page, for organisers' scripts and integrators: Scalar, rendered from <c>/openapi/v1.json</c>,
/// at <see cref="Path"/>. Its bundle is served by the server itself (no CDN, no CDN fonts); its one inline start-up
/// script runs under a per-response nonce (see <see cref="SecurityHeaders.PageNonce"/>).
/// </summary>
public static class ApiReference
{
    /// <summary>Where the page is served.</summary>
    public const string Path = "/api/reference";

    /// <summary>Maps the page and its assets (not part of the API description: it is a page).</summary>
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference(Path, (options, http) => options
            .WithTitle("WsisConnect API reference")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .WithNonce(SecurityHeaders.PageNonce(http)));
        return app;
    }
}
