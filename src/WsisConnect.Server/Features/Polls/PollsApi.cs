using WsisConnect.Contracts.Errors;
using WsisConnect.Contracts.Polls;
using WsisConnect.Grains.Abstractions.Polls;
using WsisConnect.Server.Auth;
using WsisConnect.Server.Errors;

namespace WsisConnect.Server.Features.Polls;

/// <summary>A session's polls over HTTP (the hub is the live way), for screens that only read.</summary>
public static class PollsApi
{
    /// <summary>Maps <c>/api/sessions/{sessionId}/polls</c> and <c>/api/polls/{pollId}</c>.</summary>
    public static IEndpointRouteBuilder MapPollsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sessions/{sessionId}/polls", (string sessionId, HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<ISessionPollsGrain>(sessionId).ListAsync(http.User.ToCaller()))
            .WithName("listSessionPolls").WithTags("Polls").WithSummary("The session's polls as the caller sees them").RequireAuthorization()
            .Refuses(ErrorCodes.SessionNotFound);
        app.MapGet("/api/polls/{pollId}", (string pollId, HttpContext http, IGrainFactory grains) =>
                grains.GetGrain<IPollGrain>(pollId).GetAsync(http.User.ToCaller()))
            .WithName("getPoll").WithTags("Polls").WithSummary("One poll, its results when visible, and the caller's ballot").RequireAuthorization()
            .Refuses(ErrorCodes.PollNotFound);
        return app;
    }
}
