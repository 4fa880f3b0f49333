using Microsoft.Net.Http.Headers;
using WsisConnect.Server.Security;

namespace WsisConnect.Server.Features.Room;

/// <summary>
/// The room screen at a path of its own, <c>/room/{sessionId}</c>: the same app (index.html), which opens the
/// screen from the path, served with the frame-ancestors of <c>Security:RoomScreenFrameAncestors</c> so that the
/// forum's site or a streaming page can embed it, while every other page stays unframeable.
/// </summary>
public static class RoomScreenPage
{
    /// <summary>Maps <c>/room/{sessionId}</c> (not part of the API description: it is a page).</summary>
    public static IEndpointRouteBuilder MapRoomScreen(this IEndpointRouteBuilder app)
    {
        app.MapGet(SecurityHeaders.RoomScreenPrefix + "/{sessionId}", (string sessionId, IWebHostEnvironment environment, HttpContext http) =>
            {
                var index = environment.WebRootFileProvider.GetFileInfo("index.html");
                if (!index.Exists)
                {
                    return Results.NotFound();
                }
                http.Response.Headers.CacheControl = "no-cache";
                return Results.Stream(index.CreateReadStream(), "text/html; charset=utf-8", lastModified: index.LastModified,
                    entityTag: new EntityTagHeaderValue($"\"{index.LastModified.ToUnixTimeSeconds():x}-{index.Length:x}\""));
            })
            .ExcludeFromDescription();
        return app;
    }
}
